package app.velocity.coaching;

/**
 * A coach asked to open an engagement for someone who is not one of their clients, or for an id
 * that names nobody: the two get the same answer, so that the refusal tells a coach nothing of
 * executives they may not know of. The form shows it as a mistake on the executive field; the API
 * answers 404.
 */
class NotYourClient extends IllegalArgumentException {

  NotYourClient() {
    super("executive: choose one of your clients");
  }
}
