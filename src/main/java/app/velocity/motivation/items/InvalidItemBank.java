package app.velocity.motivation.items;

/** An item bank file is missing, unreadable or breaks one of the bank's rules. */
public class InvalidItemBank extends RuntimeException {

  InvalidItemBank(String message, Throwable cause) {
    super(message, cause);
  }
}
