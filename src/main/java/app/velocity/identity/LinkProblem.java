package app.velocity.identity;

/** Why a one-time link cannot be used; each says what the person can do instead. */
public class LinkProblem extends RuntimeException {

  LinkProblem(String message) {
    super(message);
  }

  static class LinkUnknown extends LinkProblem {
    LinkUnknown() {
      super("This link is not valid. Check that you copied all of it, or ask for a new one.");
    }
  }

  static class LinkExpired extends LinkProblem {
    LinkExpired() {
      super("This link has expired. Ask for a new one.");
    }
  }

  static class LinkAlreadyUsed extends LinkProblem {
    LinkAlreadyUsed() {
      super("This link has already been used. Sign in, or ask for a new one.");
    }
  }

  static class JoinedAlready extends LinkProblem {
    JoinedAlready() {
      super(
          "This invitation to join is for people without a password, and you have one. Sign in,"
              + " or choose a new password with \"Forgot your password?\".");
    }
  }
}
