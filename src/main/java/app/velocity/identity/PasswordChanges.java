package app.velocity.identity;

import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through an e-mailed link (reset, or an invitation to join). Whoever holds the
 * link proved they read the person's mail, so the change also locks out anyone who got in before:
 * every other session of the person ends, every reset, join and sign-in link they still hold stops
 * working, and they are told by e-mail (so that a change they did not make does not go unnoticed).
 */
@Service
class PasswordChanges {

  /** The links that could set a password or sign in, all spent by a password change. */
  static final Set<LinkPurpose> ACCOUNT_LINKS =
      EnumSet.of(LinkPurpose.PASSWORD_RESET, LinkPurpose.JOIN, LinkPurpose.SIGN_IN);

  private final OneTimeLinks links;
  private final Credentials credentials;
  private final Directory directory;
  private final PersonSessions sessions;
  private final SignInThrottle throttle;
  private final AccountMails mails;

  PasswordChanges(
      OneTimeLinks links,
      Credentials credentials,
      Directory directory,
      PersonSessions sessions,
      SignInThrottle throttle,
      AccountMails mails) {
    this.links = links;
    this.credentials = credentials;
    this.directory = directory;
    this.sessions = sessions;
    this.throttle = throttle;
    this.mails = mails;
  }

  /**
   * The person a join link is for, to show its form.
   *
   * @throws LinkProblem when the link cannot work, also when its person has a password already
   */
  PersonView joining(String secret) {
    return invitee(links.find(secret, LinkPurpose.JOIN).person());
  }

  /**
   * Sets the password chosen through a reset link.
   *
   * @throws WeakPassword when the password does not meet the policy; the link stays usable
   * @throws LinkProblem when the link cannot work
   */
  @Transactional
  PersonView reset(
      String secret, String password, String confirmation, HttpServletRequest request) {
    PasswordPolicy.check(password, confirmation);
    PersonId person = links.redeem(secret, LinkPurpose.PASSWORD_RESET);
    return changed(person, password, request);
  }

  /**
   * Sets the first password of a person invited to join. An invitation to join is for people
   * without a password only: anyone who has one changes it through a reset link, which is mailed to
   * them alone.
   *
   * @throws WeakPassword when the password does not meet the policy; the link stays usable
   * @throws LinkProblem when the link cannot work, also when its person has a password already
   */
  @Transactional
  PersonView join(String secret, String password, String confirmation, HttpServletRequest request) {
    PasswordPolicy.check(password, confirmation);
    invitee(links.find(secret, LinkPurpose.JOIN).person());
    PersonId person = links.redeem(secret, LinkPurpose.JOIN);
    return changed(person, password, request);
  }

  private PersonView invitee(PersonId person) {
    if (credentials.exists(person)) {
      throw new LinkProblem.JoinedAlready();
    }
    return directory.person(person).orElseThrow(LinkProblem.LinkUnknown::new);
  }

  private PersonView changed(PersonId id, String password, HttpServletRequest request) {
    PersonView person = directory.person(id).orElseThrow(PersonNotFound::new);
    credentials.setPassword(id, password);
    links.spendAll(id, ACCOUNT_LINKS);
    HttpSession current = request.getSession(false);
    sessions.endAllBut(person, current == null ? null : current.getId());
    throttle.ownerProved(person.email(), request.getRemoteAddr());
    mails.passwordChanged(person);
    return person;
  }
}
