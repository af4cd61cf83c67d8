package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.Profile;
import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.PersonId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pieces of work and their decisions, mapped straight from SQL. A decision and its candidate
 * snapshot are written once and never updated; only the outcome is added later.
 */
@Repository
class WorkItems {

  private static final String COLUMNS =
      "id, executive_id, organisation_id, title, description, criticality, demand_people,"
          + " demand_performance, demand_process, skills, due_on, created_at, decided_on,"
          + " chosen_id, chosen_name, chosen_why, executive_people, executive_performance,"
          + " executive_process, outcome, outcome_note, outcome_rated_at";

  private final JdbcClient jdbc;

  WorkItems(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(WorkItem w) {
    jdbc.sql(
            "insert into work_items (id, executive_id, organisation_id, title, description,"
                + " criticality, demand_people, demand_performance, demand_process, skills,"
                + " due_on, created_at) values (:id, :executive, :organisation, :title,"
                + " :description, :criticality, :people, :performance, :process, :skills,"
                + " :dueOn, :createdAt)")
        .param("id", w.id())
        .param("executive", w.executive().value())
        .param("organisation", w.organisation().value())
        .param("title", w.title())
        .param("description", w.description())
        .param("criticality", w.criticality().name())
        .param("people", w.demand().people())
        .param("performance", w.demand().performance())
        .param("process", w.demand().process())
        .param("skills", w.skills())
        .param("dueOn", w.dueOn())
        .param("createdAt", OffsetDateTime.ofInstant(w.createdAt(), ZoneOffset.UTC))
        .update();
  }

  /** Records the decision once; false when the work was decided already. */
  boolean decide(UUID id, WorkItem.Decided d) {
    DriveScores me = d.executiveGoingWell();
    int updated =
        jdbc.sql(
                "update work_items set decided_on = :on, chosen_id = :chosen, chosen_name = :name,"
                    + " chosen_why = :why, executive_people = :people,"
                    + " executive_performance = :performance, executive_process = :process"
                    + " where id = :id and decided_on is null")
            .param("on", d.on())
            .param("chosen", d.chosen().value())
            .param("name", d.chosenName())
            .param("why", d.why())
            .param("people", me == null ? null : me.people())
            .param("performance", me == null ? null : me.performance())
            .param("process", me == null ? null : me.process())
            .param("id", id)
            .update();
    if (updated == 0) {
      return false;
    }
    for (int i = 0; i < d.candidates().size(); i++) {
      WorkItem.Snapshot s = d.candidates().get(i);
      DriveScores gw = s.profile().goingWell();
      DriveScores cf = s.profile().conflict();
      jdbc.sql(
              "insert into work_candidates (work_id, idx, person_id, name, source, confidence,"
                  + " going_people, going_performance, going_process, conflict_people,"
                  + " conflict_performance, conflict_process, fit, ranked, reason, considered,"
                  + " alike) values (:work, :idx, :person, :name, :source, :confidence, :gp,"
                  + " :gf, :gr, :cp, :cf, :cr, :fit, :ranked, :reason, :considered, :alike)")
          .param("work", id)
          .param("idx", i)
          .param("person", s.person().value())
          .param("name", s.name())
          .param("source", s.source())
          .param("confidence", s.confidence())
          .param("gp", gw.people())
          .param("gf", gw.performance())
          .param("gr", gw.process())
          .param("cp", cf.people())
          .param("cf", cf.performance())
          .param("cr", cf.process())
          .param("fit", s.fit())
          .param("ranked", s.rank())
          .param("reason", s.reason())
          .param("considered", s.considered())
          .param("alike", s.alike())
          .update();
    }
    return true;
  }

  /**
   * Removes from every decision of the executive what could give away the owner's own result: the
   * scores, the fit and the reason of each snapshot of it. Snapshots of the executive's estimates
   * of the owner are his own and stay. Before that, a snapshot that does not yet say whether the
   * owner was motivated like the executive is given that answer, judged as {@code alike} says.
   *
   * @return how many snapshots were withdrawn
   */
  int withdraw(PersonId owner, PersonId executive, Alike alike, Instant now) {
    record Unjudged(UUID work, int idx, DriveScores executiveThen, DriveScores colleague) {}
    List<Unjudged> unjudged =
        jdbc.sql(
                "select c.work_id, c.idx, c.going_people, c.going_performance, c.going_process,"
                    + " w.executive_people, w.executive_performance, w.executive_process"
                    + " from work_candidates c join work_items w on w.id = c.work_id"
                    + " where c.person_id = :owner and c.source = 'SELF'"
                    + " and c.withdrawn_at is null and c.alike is null"
                    + " and w.executive_id = :executive")
            .param("owner", owner.value())
            .param("executive", executive.value())
            .query(
                (rs, n) -> {
                  double p = rs.getDouble("executive_people");
                  DriveScores then =
                      rs.wasNull()
                          ? null
                          : new DriveScores(
                              p,
                              rs.getDouble("executive_performance"),
                              rs.getDouble("executive_process"));
                  return new Unjudged(
                      rs.getObject("work_id", UUID.class),
                      rs.getInt("idx"),
                      then,
                      new DriveScores(
                          rs.getDouble("going_people"),
                          rs.getDouble("going_performance"),
                          rs.getDouble("going_process")));
                })
            .list();
    for (Unjudged u : unjudged) {
      jdbc.sql("update work_candidates set alike = :alike where work_id = :work and idx = :idx")
          .param("alike", alike.of(u.executiveThen(), u.colleague()))
          .param("work", u.work())
          .param("idx", u.idx())
          .update();
    }
    return jdbc.sql(
            "update work_candidates set going_people = null, going_performance = null,"
                + " going_process = null, conflict_people = null, conflict_performance = null,"
                + " conflict_process = null, fit = null, reason = null, withdrawn_at = :now"
                + " where person_id = :owner and source = 'SELF' and withdrawn_at is null"
                + " and work_id in (select w.id from work_items w where w.executive_id"
                + " = :executive)")
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .param("owner", owner.value())
        .param("executive", executive.value())
        .update();
  }

  /** Whether a colleague counts as motivated like the executive; null when it cannot be told. */
  interface Alike {
    Boolean of(DriveScores executiveThen, DriveScores colleague);
  }

  /** Adds or replaces the outcome rating of a decided piece of work. */
  boolean rate(UUID id, WorkItem.Outcome outcome) {
    return jdbc.sql(
                "update work_items set outcome = :rating, outcome_note = :note,"
                    + " outcome_rated_at = :at where id = :id and decided_on is not null")
            .param("rating", outcome.rating())
            .param("note", outcome.note())
            .param("at", OffsetDateTime.ofInstant(outcome.ratedAt(), ZoneOffset.UTC))
            .param("id", id)
            .update()
        > 0;
  }

  Optional<WorkItem> find(UUID id) {
    List<Row> rows =
        jdbc.sql("select " + COLUMNS + " from work_items where id = :id")
            .param("id", id)
            .query(WorkItems::row)
            .list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<UUID, List<WorkItem.Snapshot>> snapshots =
        snapshots("select * from work_candidates where work_id = :key order by idx", id);
    return Optional.of(rows.get(0).toItem(snapshots));
  }

  /**
   * The executive's work: open pieces first by due date, then decisions newest first. Candidate
   * snapshots are loaded in one query.
   */
  List<WorkItem> ofExecutive(PersonId executive) {
    List<Row> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from work_items where executive_id = :executive"
                    + " order by case when decided_on is null then 0 else 1 end, due_on,"
                    + " decided_on desc, created_at desc, id")
            .param("executive", executive.value())
            .query(WorkItems::row)
            .list();
    Map<UUID, List<WorkItem.Snapshot>> snapshots =
        snapshots(
            "select c.* from work_candidates c join work_items w on w.id = c.work_id"
                + " where w.executive_id = :key order by c.work_id, c.idx",
            executive.value());
    List<WorkItem> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(r.toItem(snapshots));
    }
    return out;
  }

  private Map<UUID, List<WorkItem.Snapshot>> snapshots(String sql, UUID key) {
    Map<UUID, List<WorkItem.Snapshot>> out = new HashMap<>();
    jdbc.sql(sql)
        .param("key", key)
        .query(
            rs -> {
              UUID work = rs.getObject("work_id", UUID.class);
              out.computeIfAbsent(work, k -> new ArrayList<>()).add(snapshot(rs));
            });
    return out;
  }

  private static WorkItem.Snapshot snapshot(ResultSet rs) throws SQLException {
    boolean alike = rs.getBoolean("alike");
    Boolean known = rs.wasNull() ? null : alike;
    double going = rs.getDouble("going_people");
    boolean withdrawn = rs.wasNull();
    return new WorkItem.Snapshot(
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getString("name"),
        rs.getString("source"),
        rs.getDouble("confidence"),
        withdrawn
            ? null
            : new Profile(
                new DriveScores(
                    going, rs.getDouble("going_performance"), rs.getDouble("going_process")),
                new DriveScores(
                    rs.getDouble("conflict_people"),
                    rs.getDouble("conflict_performance"),
                    rs.getDouble("conflict_process"))),
        withdrawn ? Double.NaN : rs.getDouble("fit"),
        rs.getInt("ranked"),
        withdrawn ? null : rs.getString("reason"),
        rs.getBoolean("considered"),
        known);
  }

  /** A work_items row before its candidates are attached. */
  private record Row(
      UUID id,
      PersonId executive,
      OrganisationId organisation,
      String title,
      String description,
      Criticality criticality,
      DriveScores demand,
      String skills,
      LocalDate dueOn,
      Instant createdAt,
      LocalDate decidedOn,
      PersonId chosen,
      String chosenName,
      String why,
      DriveScores executiveGoingWell,
      WorkItem.Outcome outcome) {

    WorkItem toItem(Map<UUID, List<WorkItem.Snapshot>> snapshots) {
      WorkItem.Decided decided =
          decidedOn == null
              ? null
              : new WorkItem.Decided(
                  decidedOn,
                  chosen,
                  chosenName,
                  why,
                  executiveGoingWell,
                  snapshots.getOrDefault(id, List.of()));
      return new WorkItem(
          id,
          executive,
          organisation,
          title,
          description,
          criticality,
          demand,
          skills,
          dueOn,
          createdAt,
          decided,
          outcome);
    }
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    UUID chosen = rs.getObject("chosen_id", UUID.class);
    double ep = rs.getDouble("executive_people");
    boolean hasExecutive = !rs.wasNull();
    int rating = rs.getInt("outcome");
    boolean rated = !rs.wasNull();
    OffsetDateTime ratedAt = rs.getObject("outcome_rated_at", OffsetDateTime.class);
    return new Row(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("executive_id", UUID.class)),
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        rs.getString("title"),
        rs.getString("description"),
        Criticality.valueOf(rs.getString("criticality")),
        new DriveScores(
            rs.getDouble("demand_people"),
            rs.getDouble("demand_performance"),
            rs.getDouble("demand_process")),
        rs.getString("skills"),
        rs.getObject("due_on", LocalDate.class),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("decided_on", LocalDate.class),
        chosen == null ? null : new PersonId(chosen),
        rs.getString("chosen_name"),
        rs.getString("chosen_why"),
        hasExecutive
            ? new DriveScores(
                ep, rs.getDouble("executive_performance"), rs.getDouble("executive_process"))
            : null,
        rated
            ? new WorkItem.Outcome(
                rating, rs.getString("outcome_note"), ratedAt == null ? null : ratedAt.toInstant())
            : null);
  }
}
