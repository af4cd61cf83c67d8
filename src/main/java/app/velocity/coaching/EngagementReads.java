package app.velocity.coaching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The engagements a person takes part in with their sponsors, read in two statements for the pages
 * that list them: the repository reads each engagement's sponsors with a statement of its own.
 * Writes go through {@link Engagements}.
 */
@Component
class EngagementReads {

  private static final String INVOLVING =
      " where coach_id = :person or executive_id = :person"
          + " or id in (select engagement_id from engagement_sponsors where sponsor_id = :person)";

  private final JdbcClient jdbc;

  EngagementReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** As {@link Engagements#involving}: newest start first. */
  List<Engagement> involving(UUID person) {
    Map<UUID, Set<Engagement.SponsorRef>> sponsors = new HashMap<>();
    jdbc.sql(
            "select engagement_id, sponsor_id from engagement_sponsors where engagement_id in"
                + " (select id from engagements"
                + INVOLVING
                + ")")
        .param("person", person)
        .query(
            (ResultSet rs) -> {
              sponsors
                  .computeIfAbsent(
                      rs.getObject("engagement_id", UUID.class), k -> new LinkedHashSet<>())
                  .add(new Engagement.SponsorRef(rs.getObject("sponsor_id", UUID.class)));
            });
    return jdbc.sql("select * from engagements" + INVOLVING + " order by starts_on desc")
        .param("person", person)
        .query((rs, n) -> engagement(rs, sponsors))
        .list();
  }

  private static Engagement engagement(ResultSet rs, Map<UUID, Set<Engagement.SponsorRef>> sponsors)
      throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Engagement(
        id,
        rs.getLong("version"),
        rs.getObject("organisation_id", UUID.class),
        rs.getObject("executive_id", UUID.class),
        rs.getObject("coach_id", UUID.class),
        rs.getObject("starts_on", java.time.LocalDate.class),
        rs.getObject("ends_on", java.time.LocalDate.class),
        EngagementStatus.valueOf(rs.getString("status")),
        rs.getBoolean("manager_shown_alone"),
        Rows.instant(rs, "agreement_accepted_at"),
        Rows.instant(rs, "created_at"),
        sponsors.getOrDefault(id, Set.of()));
  }
}
