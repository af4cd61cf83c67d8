package app.velocity.inventory;

/** Answers cannot change after the response is submitted; a retake starts a new response. */
public class ResponseAlreadyCompleted extends IllegalStateException {

  public ResponseAlreadyCompleted() {
    super("This inventory was submitted already; start a retake to answer again.");
  }
}
