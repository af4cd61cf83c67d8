package app.velocity.inventory;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ItemSpread;
import app.velocity.motivation.Profile;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses, their answers and results in the database. Plain SQL through {@link JdbcClient}: a
 * response is loaded whole for the pages, but saving an answer touches one row, which is what keeps
 * answer-saves cheap (see docs/design.md §7: 1,000 a second).
 */
@Repository
class Responses {

  private final JdbcClient jdbc;

  Responses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void create(UUID id, PersonId person, String version, long seed, Instant startedAt) {
    jdbc.sql(
            "insert into inventory_responses"
                + " (id, person_id, bank_version, order_seed, started_at, open_for)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(id, person.value(), version, seed, Timestamp.from(startedAt), person.value())
        .update();
  }

  /** The response with its answers, in one statement. */
  Optional<InventoryResponse> find(UUID id) {
    return withAnswersWhere("r.id = ?", id);
  }

  /**
   * The person's response that is started but not submitted, if any (at most one: {@code open_for}
   * is unique), with its answers in one statement.
   */
  Optional<InventoryResponse> open(PersonId person) {
    return withAnswersWhere("r.open_for = ?", person.value());
  }

  /** The one response this condition on {@code r} selects, read with its answers by a join. */
  private Optional<InventoryResponse> withAnswersWhere(String condition, Object value) {
    return jdbc.sql(
            "select r.id, r.person_id, r.bank_version, r.order_seed, r.started_at,"
                + " r.completed_at, a.item_id, a.people, a.performance, a.process"
                + " from inventory_responses r"
                + " left join inventory_answers a on a.response_id = r.id"
                + " where "
                + condition)
        .param(value)
        .query(
            rs -> {
              Header header = null;
              List<Answer> answers = new ArrayList<>();
              while (rs.next()) {
                if (header == null) {
                  header = header(rs);
                }
                if (rs.getString("item_id") != null) {
                  answers.add(answer(rs));
                }
              }
              return Optional.ofNullable(header).map(h -> withAnswers(h, answers));
            });
  }

  /** Owner, version and state only: what saving one answer needs. */
  Optional<Header> header(UUID id) {
    return jdbc.sql(
            "select id, person_id, bank_version, order_seed, started_at, completed_at"
                + " from inventory_responses where id = ?")
        .param(id)
        .query((rs, n) -> header(rs))
        .optional();
  }

  /**
   * Inserts or replaces one answer. Update first, insert when there was nothing to update, and
   * update again if a concurrent save inserted in between: portable to PostgreSQL and H2, and safe
   * under a double click.
   */
  void saveAnswer(UUID response, Answer answer, Instant at) {
    if (updateAnswer(response, answer, at) > 0) {
      return;
    }
    try {
      jdbc.sql(
              "insert into inventory_answers"
                  + " (response_id, item_id, people, performance, process, answered_at)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(
              response,
              answer.item(),
              answer.people(),
              answer.performance(),
              answer.process(),
              Timestamp.from(at))
          .update();
    } catch (DuplicateKeyException raced) {
      updateAnswer(response, answer, at);
    }
  }

  private int updateAnswer(UUID response, Answer answer, Instant at) {
    return jdbc.sql(
            "update inventory_answers set people = ?, performance = ?, process = ?,"
                + " answered_at = ? where response_id = ? and item_id = ?")
        .params(
            answer.people(),
            answer.performance(),
            answer.process(),
            Timestamp.from(at),
            response,
            answer.item())
        .update();
  }

  /** Marks the response submitted; false when it was submitted already (by a concurrent call). */
  boolean markCompleted(UUID response, Instant at) {
    return jdbc.sql(
                "update inventory_responses set completed_at = ?, open_for = null"
                    + " where id = ? and completed_at is null")
            .params(Timestamp.from(at), response)
            .update()
        == 1;
  }

  void saveResult(ProfileResult result, UUID response) {
    DriveScores w = result.profile().goingWell();
    DriveScores c = result.profile().conflict();
    ItemSpread ws = result.goingWellSpread();
    ItemSpread cs = result.conflictSpread();
    jdbc.sql(
            "insert into profile_results (id, response_id, person_id, bank_version,"
                + " going_well_people, going_well_performance, going_well_process,"
                + " conflict_people, conflict_performance, conflict_process, completed_at,"
                + " going_well_spread_people, going_well_spread_performance,"
                + " going_well_spread_cross, conflict_spread_people, conflict_spread_performance,"
                + " conflict_spread_cross)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            result.id(),
            response,
            result.person().value(),
            result.version(),
            w.people(),
            w.performance(),
            w.process(),
            c.people(),
            c.performance(),
            c.process(),
            Timestamp.from(result.completedAt()),
            ws == null ? null : ws.people(),
            ws == null ? null : ws.performance(),
            ws == null ? null : ws.cross(),
            cs == null ? null : cs.people(),
            cs == null ? null : cs.performance(),
            cs == null ? null : cs.cross())
        .update();
  }

  /** The person's results, oldest first. */
  List<ProfileResult> results(PersonId person) {
    return jdbc.sql("select * from profile_results where person_id = ? order by completed_at, id")
        .param(person.value())
        .query((rs, n) -> result(rs))
        .list();
  }

  /**
   * The latest result of each of these people who has one, in one statement (pages that show many
   * people at once). "Latest" as in {@link #results}: the last in that order.
   */
  Map<PersonId, ProfileResult> latestResults(Collection<PersonId> people) {
    if (people.isEmpty()) {
      return Map.of();
    }
    Map<PersonId, ProfileResult> latest = new HashMap<>();
    jdbc.sql(
            "select * from profile_results where person_id in (:people)"
                + " order by completed_at, id")
        .param("people", people.stream().map(PersonId::value).distinct().toList())
        .query((rs, n) -> result(rs))
        .list()
        .forEach(r -> latest.put(r.person(), r));
    return latest;
  }

  Optional<ProfileResult> result(UUID id) {
    return jdbc.sql("select * from profile_results where id = ?")
        .param(id)
        .query((rs, n) -> result(rs))
        .optional();
  }

  private static InventoryResponse withAnswers(Header h, List<Answer> answers) {
    return new InventoryResponse(
        h.id(), h.person(), h.version(), h.seed(), h.startedAt(), h.completedAt(), answers);
  }

  private static Answer answer(ResultSet rs) throws SQLException {
    return new Answer(
        rs.getString("item_id"),
        rs.getInt("people"),
        rs.getInt("performance"),
        rs.getInt("process"));
  }

  private static Header header(ResultSet rs) throws SQLException {
    Timestamp completed = rs.getTimestamp("completed_at");
    return new Header(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getString("bank_version"),
        rs.getLong("order_seed"),
        rs.getTimestamp("started_at").toInstant(),
        completed == null ? null : completed.toInstant());
  }

  private static ProfileResult result(ResultSet rs) throws SQLException {
    String version = rs.getString("bank_version");
    return new ProfileResult(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        version,
        new Profile(
            scores(
                rs.getDouble("going_well_people"),
                rs.getDouble("going_well_performance"),
                rs.getDouble("going_well_process")),
            scores(
                rs.getDouble("conflict_people"),
                rs.getDouble("conflict_performance"),
                rs.getDouble("conflict_process"))),
        rs.getTimestamp("completed_at").toInstant(),
        spread(rs, "going_well", version, Condition.GOING_WELL),
        spread(rs, "conflict", version, Condition.CONFLICT));
  }

  /** One part's spread, or null when any of its columns is (a result whose answers were lost). */
  private static ItemSpread spread(ResultSet rs, String prefix, String version, Condition part)
      throws SQLException {
    Double people = rs.getObject(prefix + "_spread_people", Double.class);
    Double performance = rs.getObject(prefix + "_spread_performance", Double.class);
    Double cross = rs.getObject(prefix + "_spread_cross", Double.class);
    if (people == null || performance == null || cross == null) {
      return null;
    }
    int items = ItemBank.load(version).part(part).items().size();
    return new ItemSpread(items, people, performance, cross);
  }

  private static DriveScores scores(double people, double performance, double process) {
    return new DriveScores(people, performance, process);
  }

  /** A response without its answers. */
  record Header(
      UUID id, PersonId person, String version, long seed, Instant startedAt, Instant completedAt) {

    boolean completed() {
      return completedAt != null;
    }
  }
}
