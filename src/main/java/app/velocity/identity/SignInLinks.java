package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring links that sign a person in without a password, for people invited to take
 * the inventory who have no account yet. They are one-time links like reset and join links: only
 * the hash is stored, and a link works once. Opening the link only shows a page; the person signs
 * in by pressing its button, so that a mail scanner that follows links does not spend them.
 */
@Service
public class SignInLinks {

  /** A link's id (to recognise or spend it later) and its secret, to be sent once. */
  public record Issued(UUID id, String secret) {}

  /** A valid link: its id and the person it signs in. */
  public record Link(UUID id, PersonId person) {}

  private final OneTimeLinks links;
  private final Credentials credentials;
  private final Directory directory;
  private final SignIns signIns;

  SignInLinks(OneTimeLinks links, Credentials credentials, Directory directory, SignIns signIns) {
    this.links = links;
    this.credentials = credentials;
    this.directory = directory;
    this.signIns = signIns;
  }

  public Issued issue(PersonId person, Instant expiresAt) {
    OneTimeLinks.Issued issued = links.issue(person, LinkPurpose.INVITATION, expiresAt);
    return new Issued(issued.id(), issued.secret());
  }

  /** The link behind a secret, without using it; throws {@link LinkProblem} when it cannot work. */
  public Link check(String secret) {
    OneTimeLinks.Found found = links.find(secret, LinkPurpose.INVITATION);
    return new Link(found.id(), found.person());
  }

  /**
   * Uses the link up and signs its person in to a new session; throws {@link LinkProblem} when the
   * link cannot work or its person was deactivated.
   */
  @Transactional
  public Link signIn(String secret, HttpServletRequest request, HttpServletResponse response) {
    OneTimeLinks.Found found = links.redeemLink(secret, LinkPurpose.INVITATION);
    PersonView person =
        directory
            .person(found.person())
            .filter(PersonView::active)
            .orElseThrow(LinkProblem.LinkUnknown::new);
    signIns.signIn(CurrentUser.of(person), request, response);
    return new Link(found.id(), found.person());
  }

  /** Makes a link unusable (for example when the invitation it belongs to is withdrawn). */
  public void spend(UUID linkId) {
    links.spend(linkId);
  }

  public boolean hasPassword(PersonId person) {
    return credentials.exists(person);
  }

  /**
   * Lets a person who came in by link choose a first password, so that they can come back. Someone
   * who has a password already changes it through "forgot password", which proves the mailbox
   * again; a session alone is not enough for that. Throws IllegalArgumentException ("password:
   * ...") for a weak password and IllegalStateException when a password exists.
   */
  public void choosePassword(PersonId person, String password, String confirmation) {
    if (credentials.exists(person)) {
      throw new IllegalStateException(
          "You have a password already; use \"Forgot your password?\" to change it.");
    }
    try {
      PasswordPolicy.check(password, confirmation);
    } catch (WeakPassword e) {
      throw new IllegalArgumentException("password: " + e.getMessage(), e);
    }
    credentials.setPassword(person, password);
  }
}
