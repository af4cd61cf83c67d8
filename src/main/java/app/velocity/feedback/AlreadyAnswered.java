package app.velocity.feedback;

/** The stakeholder already answered this wave; a link works once. */
class AlreadyAnswered extends IllegalStateException {

  AlreadyAnswered() {
    super("You have already answered this survey. Thank you.");
  }
}
