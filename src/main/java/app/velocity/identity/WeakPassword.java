package app.velocity.identity;

/** A chosen password does not meet the policy; the message says what to do. */
class WeakPassword extends IllegalArgumentException {

  WeakPassword(String message) {
    super(message);
  }
}
