package app.velocity.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password (the sign-in form and HTTP Basic alike) only when {@link
 * SignInThrottle} lets the attempt through, and tells it how the attempt ended. A right password
 * also lifts a {@link RecoveryHolds recovery hold}.
 */
class ThrottledAuthentication implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final SignInThrottle throttle;
  private final RecoveryHolds holds;

  ThrottledAuthentication(
      AuthenticationProvider passwords, SignInThrottle throttle, RecoveryHolds holds) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.holds = holds;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String email = attempt.getName();
    String address =
        attempt.getDetails() instanceof WebAuthenticationDetails web
            ? web.getRemoteAddress()
            : null;
    try {
      throttle.reserve(email, address);
    } catch (SignInThrottled e) {
      throw e;
    } catch (RuntimeException e) {
      // the counters could not be read (the database is away): the sign-in cannot be checked
      throw new InternalAuthenticationServiceException("sign-in attempts cannot be counted", e);
    }
    Authentication result;
    try {
      result = passwords.authenticate(attempt);
    } catch (AuthenticationException e) {
      if (!DatabaseAway.causedBy(e)) {
        throttle.failed(address);
      }
      throw e;
    }
    try {
      throttle.succeeded(email, address);
      // the password proved the person: links to their address are theirs again
      holds.release(email);
    } catch (RuntimeException e) {
      throw new InternalAuthenticationServiceException("sign-in attempts cannot be counted", e);
    }
    return result;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
