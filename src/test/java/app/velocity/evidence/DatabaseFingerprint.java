package app.velocity.evidence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fingerprint of everything Velocity keeps: per table the row count and an order-independent sum
 * of row hashes, all in one query. Equal fingerprints before and after a request mean the request
 * changed nothing. Tables are read from the schema, so a new module's tables are covered at once.
 * PostgreSQL only ({@code hashtext}); the suites that use it run on PostgreSQL.
 */
final class DatabaseFingerprint {

  /**
   * Bookkeeping that changes on every request whatever its outcome: sessions (last access), the
   * event publication log, scheduler state and migration history; the psychometric snapshots,
   * figures derived from completed responses that a firm admin's read of the page may take anew
   * once a batch has been completed, whatever else that request carried; and the throttles'
   * counters, which count refused sign-ins and link requests precisely because they were tried.
   */
  static final Set<String> IGNORED_TABLES =
      Set.of(
          "spring_session",
          "spring_session_attributes",
          "flyway_schema_history",
          "event_publication",
          "event_publication_archive",
          "scheduled_tasks",
          "psychometric_snapshots",
          "psychometric_scales",
          "psychometric_items",
          "throttles");

  /** Columns that record use, not content: a bearer token's last use. */
  static final Set<String> IGNORED_COLUMNS = Set.of("last_used_at", "last_access_time");

  private final JdbcClient jdbc;
  private final String sql;

  DatabaseFingerprint(JdbcClient jdbc) {
    this.jdbc = jdbc;
    List<String> tables =
        jdbc
            .sql(
                "select table_name from information_schema.tables where table_schema ="
                    + " current_schema() and table_type = 'BASE TABLE' order by table_name")
            .query(String.class)
            .list()
            .stream()
            .filter(t -> !IGNORED_TABLES.contains(t))
            .toList();
    this.sql =
        tables.stream()
            .map(
                t -> {
                  String columns =
                      jdbc
                          .sql(
                              "select column_name from information_schema.columns where"
                                  + " table_schema = current_schema() and table_name = ? order by"
                                  + " ordinal_position")
                          .param(t)
                          .query(String.class)
                          .list()
                          .stream()
                          .filter(c -> !IGNORED_COLUMNS.contains(c))
                          .map(c -> "coalesce(\"" + c + "\"::text, '∅')")
                          .collect(Collectors.joining(", "));
                  return "select '"
                      + t
                      + "' || ':' || count(*) || ':' || coalesce(sum(hashtext(concat_ws('|', "
                      + columns
                      + "))::bigint), 0) from \""
                      + t
                      + "\"";
                })
            .collect(Collectors.joining(" union all "));
  }

  String take() {
    return jdbc.sql(sql).query(String.class).list().stream()
        .sorted()
        .collect(Collectors.joining(", "));
  }
}
