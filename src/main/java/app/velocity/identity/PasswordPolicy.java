package app.velocity.identity;

/** What a password must be: long enough to resist guessing, short enough to hash. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  static void check(String password, String confirmation) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new WeakPassword("Choose a password of at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new WeakPassword("Choose a password of at most " + MAX_LENGTH + " characters.");
    }
    if (password.isBlank()) {
      throw new WeakPassword("A password cannot be only spaces.");
    }
    if (confirmation != null && !confirmation.equals(password)) {
      throw new WeakPassword("The two passwords differ; type the same one twice.");
    }
  }
}
