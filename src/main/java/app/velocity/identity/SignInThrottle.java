package app.velocity.identity;

import app.velocity.organisations.Directory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins (web form and HTTP Basic alike) and locks the account for a while
 * after {@link Credentials#MAX_FAILURES} in a row. The count lives in the database, so it holds
 * across instances.
 */
@Component
class SignInThrottle {

  private final Directory directory;
  private final Credentials credentials;

  SignInThrottle(Directory directory, Credentials credentials) {
    this.directory = directory;
    this.credentials = credentials;
  }

  @EventListener
  void on(AuthenticationFailureBadCredentialsEvent event) {
    if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
        && attempt.getPrincipal() instanceof String email) {
      directory.personByEmail(email).ifPresent(person -> credentials.recordFailure(person.id()));
    }
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof AccountDetails details) {
      credentials.recordSuccess(details.user().id());
    }
  }
}
