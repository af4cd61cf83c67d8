package app.velocity.coaching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reading columns for the read models that build aggregates from plain rows. */
final class Rows {

  private Rows() {}

  /** A {@code timestamp with time zone} column as an instant, or null. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    var at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
