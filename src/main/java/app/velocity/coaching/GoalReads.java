package app.velocity.coaching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An engagement's goals with their scores, read in two statements for the pages: the repository
 * loads each goal's scores with a statement of its own. Writes go through {@link Goals}.
 */
@Component
class GoalReads {

  private final JdbcClient jdbc;

  GoalReads(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The goals in the order they were written, each with its scores in the order given. */
  List<Goal> of(UUID engagement) {
    var scores = new HashMap<UUID, List<Goal.Score>>();
    jdbc.sql(
            "select s.goal_id, s.level, s.note, s.scored_at from goal_scores s"
                + " join goals g on g.id = s.goal_id where g.engagement_id = ? order by s.idx")
        .param(engagement)
        .query(
            (ResultSet rs) -> {
              scores
                  .computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
                  .add(
                      new Goal.Score(
                          rs.getInt("level"), rs.getString("note"), Rows.instant(rs, "scored_at")));
            });
    return jdbc.sql("select * from goals where engagement_id = ? order by created_at")
        .param(engagement)
        .query((rs, n) -> goal(rs, scores))
        .list();
  }

  private static Goal goal(ResultSet rs, Map<UUID, List<Goal.Score>> scores) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Goal(
        id,
        rs.getLong("version"),
        rs.getObject("engagement_id", UUID.class),
        rs.getString("title"),
        rs.getString("level_minus2"),
        rs.getString("level_minus1"),
        rs.getString("level0"),
        rs.getString("level_plus1"),
        rs.getString("level_plus2"),
        Rows.instant(rs, "created_at"),
        rs.getString("strength"),
        rs.getObject("relationship_person_id", UUID.class),
        scores.getOrDefault(id, List.of()));
  }
}
