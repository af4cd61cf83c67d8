package app.velocity.identity;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once. Each Argon2 hash takes 16 MB of memory: a burst of
 * sign-ins (everyone signing in again after a restart) would otherwise need more memory than the
 * whole 256 MB heap budget. Callers beyond the limit wait their turn, which on 2 cores costs them
 * no more time than the CPU would have anyway.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

  private final PasswordEncoder delegate;
  private final Semaphore permits;

  BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
    this.delegate = delegate;
    this.permits = new Semaphore(concurrent, true);
  }

  @Override
  public String encode(CharSequence rawPassword) {
    if (!wellFormed(rawPassword)) {
      throw new WeakPassword(
          "The password contains a character that cannot be stored; type it again.");
    }
    permits.acquireUninterruptibly();
    try {
      return delegate.encode(rawPassword);
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    if (!wellFormed(rawPassword)) {
      // half a surrogate pair cannot be turned into UTF-8, so no stored password can match it
      return false;
    }
    permits.acquireUninterruptibly();
    try {
      return delegate.matches(rawPassword, encodedPassword);
    } finally {
      permits.release();
    }
  }

  /** Whether the text is valid UTF-16: no surrogate without its partner. */
  static boolean wellFormed(CharSequence text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }
}
