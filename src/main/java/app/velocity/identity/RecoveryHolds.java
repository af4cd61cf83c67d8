package app.velocity.identity;

import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonEmailChanged;
import app.velocity.organisations.PersonId;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds back the e-mailed ways into an account whose address someone else changed (issue 14 §4).
 *
 * <p>A firm admin may correct a person's address, but whoever controls the address controls the
 * account through reset and sign-in links. So when an admin changes the address of someone who has
 * a password, no reset or sign-in link is mailed to that person until they have signed in with
 * their password once, which proves the new address is theirs to use; and the old address is told.
 * A person who also forgot their password asks the admin to put the old address back. The hold is
 * taken in the transaction of the change, so there is no moment without it.
 */
@Component
class RecoveryHolds {

  private final JdbcClient jdbc;
  private final Credentials credentials;
  private final Directory directory;
  private final AccountMails mails;
  private final Clock clock;

  RecoveryHolds(
      JdbcClient jdbc,
      Credentials credentials,
      Directory directory,
      AccountMails mails,
      Clock clock) {
    this.jdbc = jdbc;
    this.credentials = credentials;
    this.directory = directory;
    this.mails = mails;
    this.clock = clock;
  }

  @EventListener
  void on(PersonEmailChanged changed) {
    if (!credentials.exists(changed.person())) {
      return;
    }
    jdbc.sql("delete from recovery_holds where person_id = ?")
        .param(changed.person().value())
        .update();
    jdbc.sql("insert into recovery_holds (person_id, since) values (?, ?)")
        .params(changed.person().value(), OffsetDateTime.now(clock))
        .update();
    mails.addressChanged(changed.name(), changed.from(), changed.to());
  }

  boolean held(PersonId person) {
    return jdbc.sql("select count(*) from recovery_holds where person_id = ?")
            .param(person.value())
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The person signed in with their password: the address is theirs to use again. */
  void release(String email) {
    directory
        .personByEmail(email)
        .ifPresent(
            p ->
                jdbc.sql("delete from recovery_holds where person_id = ?")
                    .param(p.id().value())
                    .update());
  }
}
