package app.velocity.identity;

/**
 * The person has a password, so an invitation to join is not for them: they reset it themselves
 * with "Forgot your password?".
 */
public class HasPasswordAlready extends IllegalStateException {

  HasPasswordAlready(String name) {
    super(
        name
            + " has a password already, so no invitation was sent. Whoever has one resets it"
            + " themselves with \"Forgot your password?\" on the sign-in page.");
  }
}
