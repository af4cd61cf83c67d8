package app.velocity.motivation.estimates;

/** An observer questionnaire file is missing, unreadable or breaks one of its rules. */
public class InvalidQuestionnaire extends RuntimeException {

  InvalidQuestionnaire(String message, Throwable cause) {
    super(message, cause);
  }
}
