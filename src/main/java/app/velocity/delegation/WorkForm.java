package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.motivation.ScoresInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The new-work form as typed, kept as text so that a mistake goes back to the form with everything
 * the executive entered. The demand comes either from three numbers ({@code mode = numbers}) or
 * from the guided questions ({@code mode = questions}, see {@link DemandQuestions}).
 */
public record WorkForm(
    String title,
    String description,
    String criticality,
    String mode,
    String people,
    String performance,
    String process,
    Map<String, String> answers,
    String skills,
    String dueOn) {

  /** A number as people type one: digits, perhaps a decimal point or comma and more digits. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}([.][0-9]{1,4})?");

  public WorkForm {
    title = title == null ? "" : title;
    description = description == null ? "" : description;
    criticality = criticality == null ? "" : criticality;
    mode = "questions".equals(mode) ? "questions" : "numbers";
    people = people == null ? "" : people;
    performance = performance == null ? "" : performance;
    process = process == null ? "" : process;
    answers = answers == null ? Map.of() : Map.copyOf(answers);
    skills = skills == null ? "" : skills;
    dueOn = dueOn == null ? "" : dueOn;
  }

  /** An empty form: critical work, demand set by numbers. */
  public static WorkForm blank() {
    return new WorkForm("", "", "CRITICAL", "numbers", "", "", "", Map.of(), "", "");
  }

  public boolean byQuestions() {
    return "questions".equals(mode);
  }

  public String answer(String question) {
    return answers.getOrDefault(question, "");
  }

  /**
   * The work the form describes.
   *
   * @throws IllegalArgumentException "field: message" for the first mistake
   */
  public NewWork toNewWork() {
    return new NewWork(
        title, description, parsedCriticality(), demand().scores(), skills, date("dueOn", dueOn));
  }

  private Criticality parsedCriticality() {
    for (Criticality c : Criticality.values()) {
      if (c.name().equalsIgnoreCase(criticality.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException("criticality: choose routine, important or critical");
  }

  /**
   * The demand the form describes, and whether it was rescaled: three numbers that add up to within
   * 1.5 of 100 (33/33/33, or 33.3 each) are read as rounded and scaled to 100.
   *
   * @throws IllegalArgumentException "field: message" for the first mistake in the demand
   */
  public ScoresInput.Read demand() {
    if (byQuestions()) {
      return new ScoresInput.Read(DemandQuestions.demand(answers), false);
    }
    double a = number("people", "People", people);
    double b = number("performance", "Performance", performance);
    double c = number("process", "Process", process);
    double sum = a + b + c;
    if (Math.abs(sum - 100) > ScoresInput.RESCALED_WITHIN) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "demand: the three numbers add up to %s; they must add up to 100",
              sum == Math.rint(sum)
                  ? String.valueOf((long) sum)
                  : String.format(Locale.ROOT, "%.1f", sum)));
    }
    return ScoresInput.summed("demand", a, b, c);
  }

  private static double number(String field, String label, String text) {
    String t = text.strip().replace(',', '.');
    if (t.isEmpty()) {
      throw new IllegalArgumentException(
          field + ": give " + label + " a number from 0 to 100 (0 is fine)");
    }
    if (!DECIMAL.matcher(t).matches()) {
      throw new IllegalArgumentException(field + ": " + label + " must be a number from 0 to 100");
    }
    double v = Double.parseDouble(t);
    if (v > 100) {
      throw new IllegalArgumentException(field + ": " + label + " must lie between 0 and 100");
    }
    return v;
  }

  static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": use a date such as 2026-03-31");
    }
  }

  /** The guided questions' answers from the submitted form fields. */
  static Map<String, String> answersFrom(Map<String, String> params) {
    Map<String, String> out = new HashMap<>();
    for (DemandQuestions.Question q : DemandQuestions.QUESTIONS) {
      String v = params.get(q.name());
      if (v != null) {
        out.put(q.name(), v);
      }
    }
    return out;
  }

  /** The criticalities for the form, lowest first. */
  public static List<Criticality> criticalities() {
    return List.of(Criticality.values());
  }
}
