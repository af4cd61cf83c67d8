package app.velocity.identity;

import app.velocity.organisations.PersonId;
import org.springframework.stereotype.Service;

/**
 * Sign-in accounts as other modules may use them: whether a person can sign in, and setting a
 * password where a person proved who they are by other means (demo data, automation).
 */
@Service
public class Accounts {

  private final Credentials credentials;

  Accounts(Credentials credentials) {
    this.credentials = credentials;
  }

  public boolean canSignIn(PersonId person) {
    return credentials.exists(person);
  }

  /** Sets a password that meets the policy; throws IllegalArgumentException otherwise. */
  public void setPassword(PersonId person, String password) {
    PasswordPolicy.check(password, null);
    credentials.setPassword(person, password);
  }
}
