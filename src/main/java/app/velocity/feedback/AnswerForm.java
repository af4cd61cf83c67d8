package app.velocity.feedback;

import java.util.List;
import java.util.Map;

/** The answer form as shown: the questions, what was entered, and what is missing or wrong. */
public record AnswerForm(
    String token,
    SurveyAnswers.Questions questions,
    Map<String, String> input,
    Map<String, String> problems) {

  /** The scale from -3 to +3, as values and as labels. */
  public List<String> scale() {
    return List.of("-3", "-2", "-1", "0", "1", "2", "3");
  }

  public String label(String value) {
    return switch (value) {
      case "-3" -> "−3";
      case "-2" -> "−2";
      case "-1" -> "−1";
      case "0" -> "0";
      default -> "+" + value;
    };
  }

  public boolean chosen(String field, String value) {
    return value.equals(input.get(field));
  }

  public String problem(String field) {
    return problems.get(field);
  }

  public String suggestion() {
    return input.getOrDefault("suggestion", "");
  }

  public int suggestionMax() {
    return SurveyAnswers.SUGGESTION_MAX;
  }

  /** The follow-up choices: value and what the stakeholder reads. */
  public List<List<String>> followUpChoices() {
    return List.of(
        List.of("never", "Never"),
        List.of("once", "Once"),
        List.of("sometimes", "Sometimes (two or three times)"),
        List.of("often", "Often (about monthly or more)"));
  }
}
