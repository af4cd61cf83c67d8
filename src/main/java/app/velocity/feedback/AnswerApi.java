package app.velocity.feedback;

import app.velocity.shell.BodyLimit;
import app.velocity.shell.JsonBodies;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer link over JSON, public like the page: the token is the only credential. 404 for a link
 * that is not valid, 410 when the wave has closed, 409 when it was used already.
 */
@RestController
@RequestMapping(path = "/api/v1/survey/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stakeholder surveys")
class AnswerApi {

  private final SurveyAnswers answers;
  private final JsonBodies bodies;

  AnswerApi(SurveyAnswers answers, JsonBodies bodies) {
    this.answers = answers;
    this.bodies = bodies;
  }

  /**
   * An answer: per goal id a score -3..3 or null for "don't know" (every goal must be present),
   * followUp one of never, once, sometimes, often, an optional suggestion up to 500 characters.
   */
  record AnswerJson(Map<UUID, Integer> scores, String followUp, String suggestion) {}

  @GetMapping
  @Operation(
      summary = "The questions behind a survey link (no sign-in)",
      description = "The leader's name, the goals asked about and the date the link stops working.")
  SurveyAnswers.Questions questions(@PathVariable String token) {
    return answers.questions(token);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Answer a survey (no sign-in); the link works once",
      description =
          "Held sealed, without the stakeholder, until the wave closes; then counted into the"
              + " released results and deleted. 400 with `field` for a missing or bad answer, 410"
              + " once the wave has closed.")
  @BodyLimit(kilobytes = 8) // a suggestion of 500 characters, escaped, and a score per goal
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = AnswerJson.class)))
  void answer(@PathVariable String token, HttpServletRequest request) {
    // the link first: for one that is not valid, nothing of the body is read
    SurveyAnswers.Questions questions = answers.questions(token);
    AnswerJson body = bodies.read(request, AnswerJson.class);
    var input = new HashMap<String, String>();
    if (body.scores() != null) {
      body.scores()
          .forEach((goal, score) -> input.put("goal-" + goal, score == null ? "dk" : "" + score));
    }
    input.put("followUp", body.followUp() == null ? "" : body.followUp());
    input.put("suggestion", body.suggestion() == null ? "" : body.suggestion());
    var problems = SurveyAnswers.problems(questions, input);
    if (!problems.isEmpty()) {
      var first = problems.entrySet().iterator().next();
      String field =
          first.getKey().startsWith("goal-")
              ? "scores." + first.getKey().substring(5)
              : first.getKey();
      throw new IllegalArgumentException(field + ": " + first.getValue());
    }
    answers.answer(token, SurveyAnswers.submission(questions, input));
  }
}
