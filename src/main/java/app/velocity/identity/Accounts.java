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
  private final OneTimeLinks links;
  private final RecoveryHolds holds;

  Accounts(Credentials credentials, OneTimeLinks links, RecoveryHolds holds) {
    this.credentials = credentials;
    this.links = links;
    this.holds = holds;
  }

  public boolean canSignIn(PersonId person) {
    return credentials.exists(person);
  }

  /**
   * Whether a reset or sign-in link may be mailed to the person: when they are active and have a
   * password, or were invited to take the inventory (they may choose a first password this way),
   * and no firm admin changed their address since they last signed in with their password.
   */
  boolean mayGetLinks(app.velocity.organisations.PersonView person) {
    return person.active()
        && (credentials.exists(person.id()) || links.wasInvited(person.id()))
        && !holds.held(person.id());
  }

  /** Sets a password that meets the policy; throws IllegalArgumentException otherwise. */
  public void setPassword(PersonId person, String password) {
    PasswordPolicy.check(password, null);
    credentials.setPassword(person, password);
  }
}
