package app.velocity.coaching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The executive's reflections; private to them unless they share an entry with the coach. */
@Repository
class Journal {

  private final JdbcClient jdbc;

  Journal(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(UUID engagement, String body, boolean sharedWithCoach, Instant now) {
    jdbc.sql(
            "insert into journal_entries (id, engagement_id, body, shared_with_coach, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .param(UUID.randomUUID())
        .param(engagement)
        .param(Texts.required(body, "body", 20_000))
        .param(sharedWithCoach)
        .param(Timestamp.from(now))
        .update();
  }

  boolean setShared(UUID engagement, UUID entry, boolean shared) {
    return jdbc.sql(
                "update journal_entries set shared_with_coach = ? where id = ? and engagement_id = ?")
            .param(shared)
            .param(entry)
            .param(engagement)
            .update()
        > 0;
  }

  /** Every entry for the executive; only the shared ones for the coach; nothing for others. */
  List<JournalEntryView> readBy(UUID engagement, Part part) {
    if (!part.seesContent()) {
      return List.of();
    }
    String onlyShared = part == Part.COACH ? " and shared_with_coach = true" : "";
    return jdbc.sql(
            "select id, body, shared_with_coach, created_at from journal_entries"
                + " where engagement_id = ?"
                + onlyShared
                + " order by created_at desc")
        .param(engagement)
        .query(
            (rs, n) ->
                new JournalEntryView(
                    rs.getObject("id", UUID.class),
                    rs.getString("body"),
                    rs.getBoolean("shared_with_coach"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }
}
