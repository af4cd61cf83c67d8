package app.velocity.identity;

import app.velocity.mail.Mail;
import app.velocity.mail.Mailer;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Invitations to join: a person in the directory gets an e-mailed, single-use, expiring link to
 * choose a password and so gain an account.
 */
@Service
public class JoinInvitations {

  private final Directory directory;
  private final OneTimeLinks links;
  private final Mailer mailer;
  private final String baseUrl;

  JoinInvitations(
      Directory directory,
      OneTimeLinks links,
      Mailer mailer,
      @Value("${velocity.base-url}") String baseUrl) {
    this.directory = directory;
    this.links = links;
    this.mailer = mailer;
    this.baseUrl = baseUrl;
  }

  /** Sends the invitation and returns the link (shown to the admin too, for hand delivery). */
  public String invite(PersonId person, String invitedBy) {
    PersonView invitee = directory.person(person).orElseThrow(PersonNotFound::new);
    if (!invitee.active()) {
      throw new IllegalStateException("this person is deactivated; reactivate them first");
    }
    String link = baseUrl + "/join/" + links.issue(invitee.id(), LinkPurpose.JOIN);
    String firm = directory.firmName().orElse("Velocity");
    mailer.send(
        new Mail(
            invitee.email(),
            "You are invited to Velocity",
            "Hello "
                + invitee.name()
                + ",\n\n"
                + invitedBy
                + " invites you to "
                + firm
                + " on Velocity as "
                + invitee.role().label().toLowerCase(java.util.Locale.ROOT)
                + ". Choose your password here within "
                + LinkPurpose.JOIN.validity().toDays()
                + " days:\n\n"
                + link
                + "\n\nThe link works once.\n"));
    return link;
  }
}
