package app.velocity.identity;

import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import org.springframework.stereotype.Service;

/**
 * Invitations to join: a person in the directory who has no password yet gets an e-mailed,
 * single-use, expiring link to choose one and so gain an account. Nobody else ever sees the link:
 * the outbox shows it masked.
 */
@Service
public class JoinInvitations {

  private final Directory directory;
  private final OneTimeLinks links;
  private final Credentials credentials;
  private final AccountMails mails;

  JoinInvitations(
      Directory directory, OneTimeLinks links, Credentials credentials, AccountMails mails) {
    this.directory = directory;
    this.links = links;
    this.credentials = credentials;
    this.mails = mails;
  }

  /**
   * Mails the person a link to choose their first password.
   *
   * @throws HasPasswordAlready when they have one: they change it themselves through "forgot your
   *     password", so that nobody but the holder of their mailbox can set it
   * @throws IllegalStateException when the person is deactivated
   */
  public void invite(PersonId person, String invitedBy) {
    PersonView invitee = directory.person(person).orElseThrow(PersonNotFound::new);
    if (!invitee.active()) {
      throw new IllegalStateException("this person is deactivated; reactivate them first");
    }
    if (credentials.exists(invitee.id())) {
      throw new HasPasswordAlready(invitee.name());
    }
    mails.invitationToJoin(
        invitee,
        invitedBy,
        directory.firmName().orElse("Velocity"),
        links.issue(invitee.id(), LinkPurpose.JOIN));
  }
}
