package app.velocity.audit;

import app.velocity.organisations.PersonId;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes one line per read of someone else's sensitive data. It only ever inserts: there is no way
 * through the application to change or remove what was written.
 */
@Service
public class AuditLog {

  static final int ROWS_PER_INSERT = 500;

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** One entry read from the log. */
  public record Entry(Instant at, PersonId actor, String action, PersonId subject, String detail) {}

  /**
   * Records that {@code actor} did {@code action} (for example {@code "profile.read"}) on the data
   * of {@code subject}. The detail is a short, non-sensitive note such as a page name.
   */
  public void record(PersonId actor, String action, PersonId subject, String detail) {
    requireAction(action);
    jdbc.sql(
            "insert into audit_log (at, actor_id, action, subject_id, detail)"
                + " values (:at, :actor, :action, :subject, :detail)")
        .param("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .param("actor", actor.value())
        .param("action", action)
        .param("subject", subject == null ? null : subject.value())
        .param("detail", detail == null ? null : truncate(detail))
        .update();
  }

  /**
   * Records one read by {@code actor} of each subject's data, as {@link #record} does for one, in a
   * single statement: a page that shows many people's results (a relationship map, a team) writes
   * its lines in one round trip, still one line per person so each owner finds theirs.
   */
  public void recordAll(
      PersonId actor, String action, Collection<PersonId> subjects, String detail) {
    requireAction(action);
    OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String note = detail == null ? null : truncate(detail);
    List<PersonId> all = List.copyOf(subjects);
    // a statement holds at most a few thousand parameters: write in slices of ROWS_PER_INSERT
    for (int from = 0; from < all.size(); from += ROWS_PER_INSERT) {
      List<PersonId> slice = all.subList(from, Math.min(all.size(), from + ROWS_PER_INSERT));
      List<Object> values = new ArrayList<>();
      for (PersonId subject : slice) {
        values.addAll(List.of(at, actor.value(), action, subject.value()));
        values.add(note);
      }
      jdbc.sql(
              "insert into audit_log (at, actor_id, action, subject_id, detail) values "
                  + String.join(", ", Collections.nCopies(slice.size(), "(?, ?, ?, ?, ?)")))
          .params(values)
          .update();
    }
  }

  /** The most recent entries about one person's data, newest first. */
  public List<Entry> about(PersonId subject, int limit) {
    return jdbc.sql(
            "select at, actor_id, action, subject_id, detail from audit_log"
                + " where subject_id = :subject order by at desc, id desc limit :limit")
        .param("subject", subject.value())
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject("at", OffsetDateTime.class).toInstant(),
                    new PersonId(rs.getObject("actor_id", UUID.class)),
                    rs.getString("action"),
                    new PersonId(rs.getObject("subject_id", UUID.class)),
                    rs.getString("detail")))
        .list();
  }

  private static void requireAction(String action) {
    if (action == null || action.isBlank() || action.length() > 60) {
      throw new IllegalArgumentException("action: must be 1 to 60 characters");
    }
  }

  private static String truncate(String detail) {
    return detail.length() <= 500 ? detail : detail.substring(0, 500);
  }
}
