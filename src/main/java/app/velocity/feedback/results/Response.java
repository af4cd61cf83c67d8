package app.velocity.feedback.results;

/** Who answered out of who was invited, for one unit in one wave. */
public record Response(int invited, int answered) {

  public Response {
    if (invited < 0 || answered < 0 || answered > invited) {
      throw new IllegalArgumentException(answered + " of " + invited + " cannot have answered");
    }
  }

  /** Answers over invitations, 0 when nobody was invited. */
  public double rate() {
    return invited == 0 ? 0 : (double) answered / invited;
  }
}
