package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in by a link mailed on request, without a password: the owner's way in that no throttle
 * of password sign-ins holds back, since only the holder of the mailbox gets the link. A link is
 * for the person it was mailed to, works once and for {@link LinkPurpose#SIGN_IN}'s 15 minutes;
 * using it spends every other sign-in link of that person.
 */
@Service
class MailedSignIns {

  private final Directory directory;
  private final Accounts accounts;
  private final OneTimeLinks links;
  private final AccountMails mails;
  private final SignIns signIns;
  private final SignInThrottle throttle;

  MailedSignIns(
      Directory directory,
      Accounts accounts,
      OneTimeLinks links,
      AccountMails mails,
      SignIns signIns,
      SignInThrottle throttle) {
    this.directory = directory;
    this.accounts = accounts;
    this.links = links;
    this.mails = mails;
    this.signIns = signIns;
    this.throttle = throttle;
  }

  /** Mails a sign-in link if the address belongs to someone who may sign in; else nothing. */
  void request(String email) {
    directory
        .personByEmail(email)
        .filter(accounts::mayGetLinks)
        .ifPresent(
            person -> mails.signInLink(person, links.issue(person.id(), LinkPurpose.SIGN_IN)));
  }

  /** Checks a link without using it (to show its page); throws {@link LinkProblem}. */
  void check(String secret) {
    links.check(secret, LinkPurpose.SIGN_IN);
  }

  /**
   * Uses the link up and signs its person in to a new session.
   *
   * @throws LinkProblem when the link cannot work or its person was deactivated
   */
  @Transactional
  void signIn(String secret, HttpServletRequest request, HttpServletResponse response) {
    PersonView person =
        directory
            .person(links.redeem(secret, LinkPurpose.SIGN_IN))
            .filter(PersonView::active)
            .orElseThrow(LinkProblem.LinkUnknown::new);
    links.spendAll(person.id(), EnumSet.of(LinkPurpose.SIGN_IN));
    throttle.ownerProved(person.email(), request.getRemoteAddr());
    signIns.signIn(CurrentUser.of(person), request, response);
  }
}
