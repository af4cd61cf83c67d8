package app.velocity.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public answer page behind a stakeholder's link: no sign-in, one short form, the input kept
 * when something is missing, and a plain message when the link is not valid, closed or used.
 */
@Controller
class AnswerPage {

  private final SurveyAnswers answers;

  AnswerPage(SurveyAnswers answers) {
    this.answers = answers;
  }

  @GetMapping("/survey/thanks")
  String thanks(Model model) {
    return message(
        model,
        "Thank you",
        "Your answer is stored without your name and kept sealed until this round of the survey"
            + " closes. It is then counted together with the answers of others in your group, if"
            + " there are enough of them, and deleted.");
  }

  @GetMapping("/survey/{token}")
  String show(@PathVariable String token, Model model, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    try {
      return form(model, token, answers.questions(token), Map.of(), Map.of());
    } catch (RuntimeException e) {
      return problem(e, model, response);
    }
  }

  @PostMapping("/survey/{token}")
  String submit(
      @PathVariable String token,
      @RequestParam Map<String, String> input,
      Model model,
      HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    try {
      SurveyAnswers.Questions questions = answers.questions(token);
      var problems = SurveyAnswers.problems(questions, input);
      if (!problems.isEmpty()) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, token, questions, input, problems);
      }
      answers.answer(token, SurveyAnswers.submission(questions, input));
      return "redirect:/survey/thanks";
    } catch (RuntimeException e) {
      return problem(e, model, response);
    }
  }

  private String form(
      Model model,
      String token,
      SurveyAnswers.Questions questions,
      Map<String, String> input,
      Map<String, String> problems) {
    var kept = new HashMap<String, String>();
    input.forEach(
        (k, v) -> {
          if (k.startsWith("goal-") || k.equals("followUp") || k.equals("suggestion")) {
            kept.put(k, v);
          }
        });
    model.addAttribute("form", new AnswerForm(token, questions, kept, problems));
    return "feedback/answer";
  }

  private String problem(RuntimeException e, Model model, HttpServletResponse response) {
    if (e instanceof LinkNotValid) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      return message(model, "This link is not valid", e.getMessage());
    }
    if (e instanceof SurveyClosed) {
      response.setStatus(HttpServletResponse.SC_GONE);
      return message(model, "This survey has closed", e.getMessage());
    }
    if (e instanceof AlreadyAnswered) {
      response.setStatus(HttpServletResponse.SC_CONFLICT);
      return message(model, "Already answered", e.getMessage());
    }
    throw e;
  }

  private static String message(Model model, String title, String text) {
    model.addAttribute("title", title);
    model.addAttribute("message", text);
    return "feedback/answer-message";
  }
}
