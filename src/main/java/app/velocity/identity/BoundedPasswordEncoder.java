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
    permits.acquireUninterruptibly();
    try {
      return delegate.encode(rawPassword);
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    permits.acquireUninterruptibly();
    try {
      return delegate.matches(rawPassword, encodedPassword);
    } finally {
      permits.release();
    }
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return delegate.upgradeEncoding(encodedPassword);
  }
}
