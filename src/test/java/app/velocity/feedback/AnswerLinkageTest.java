package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.coaching.Coaching;
import app.velocity.mail.Mailer;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, class 2, on PostgreSQL with the attacker's own SQL: someone who can read every table
 * and PostgreSQL's system columns tries to put stakeholders' names next to what they answered.
 * Before, marking the invitation answered and inserting the answer in one transaction gave both
 * rows the same {@code xmin}, and the answer table kept the order of arrival and the manager's
 * answer under the group MANAGER. Each attack is tried while the wave is open and after its
 * release. (Not tagged smoke: {@code xmin} and {@code ctid} are PostgreSQL's.)
 */
@IntegrationTest
class AnswerLinkageTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired Mailer mailer;
  @Autowired JdbcClient jdbc;

  @Value("${velocity.survey.key}")
  String key;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger velocity = (Logger) LoggerFactory.getLogger("app.velocity");
  private Level velocityLevel;

  @BeforeEach
  void captureTheLog() {
    velocityLevel = velocity.getLevel();
    velocity.setLevel(Level.TRACE);
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void stopCapturing() {
    root.detachAppender(logged);
    velocity.setLevel(velocityLevel);
  }

  private SurveyWorld world;
  private UUID wave;

  /** What each stakeholder wrote: a text found nowhere else in the database. */
  private final Map<String, String> wrote = new LinkedHashMap<>();

  /** A manager, three peers, three direct reports, one other; all but one answer. */
  private void aWaveAnsweredBySeven() throws Exception {
    var groups = new LinkedHashMap<String, String>();
    groups.put("manager", "manager");
    for (int i = 1; i <= 3; i++) {
      groups.put("peer" + i, "peer");
      groups.put("report" + i, "direct-report");
    }
    groups.put("other1", "other");
    world = new SurveyWorld(mvc, fixtures, coaching, surveys, mailer, groups, false);
    world.confirm();
    wave = world.sendWave(LocalDate.now());
    int score = -3;
    for (String name : List.of("manager", "peer1", "peer2", "peer3", "report1", "report2")) {
      String text = "Mark " + name + " " + UUID.randomUUID();
      wrote.put(name, text);
      world.answered(name, String.valueOf(score++), text);
    }
    String text = "Mark report3 " + UUID.randomUUID();
    wrote.put("report3", text);
    world.answered("report3", "3", text);
  }

  /** The attack of the issue: names next to scores and suggestions, joined on xmin. */
  private List<String> namesJoinedOnXmin() {
    return jdbc.sql(
            """
            select s.name || ': ' || coalesce(a.suggestion, '') || ' ' || coalesce(sc.score, 0)
            from survey_invitations i
              join survey_stakeholders s on s.id = i.stakeholder_id
              join survey_answers a on a.xmin = i.xmin
              left join survey_scores sc on sc.answer_id = a.id
            where i.wave_id = ?""")
        .param(wave)
        .query(String.class)
        .list();
  }

  /** A row of any table as the attacker reads it: its table, xmin and every column as JSON. */
  record Row(String table, String xmin, String json) {}

  private List<Row> everyRow() {
    List<String> tables =
        jdbc.sql(
                "select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")
            .query(String.class)
            .list();
    var rows = new ArrayList<Row>();
    for (String table : tables) {
      jdbc.sql("select t.xmin::text, row_to_json(t)::text from \"" + table + "\" t")
          .query((rs, n) -> rows.add(new Row(table, rs.getString(1), rs.getString(2))))
          .list();
    }
    return rows;
  }

  /** The rows in which the attacker finds one of the answers' texts, in the clear or as bytes. */
  private List<Row> rowsWithAnAnswer(List<Row> rows) {
    var found = new ArrayList<Row>();
    for (Row row : rows) {
      for (String text : wrote.values()) {
        String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
        if (row.json().contains(text) || row.json().toLowerCase().contains(hex)) {
          found.add(row);
        }
      }
    }
    return found;
  }

  private Set<String> xminsOfInvitationsAndStakeholders() {
    var xmins = new HashSet<String>();
    xmins.addAll(
        jdbc.sql("select xmin::text from survey_invitations where wave_id = ?")
            .param(wave)
            .query(String.class)
            .list());
    xmins.addAll(
        jdbc.sql("select xmin::text from survey_stakeholders where engagement_id = ?")
            .param(world.engagement)
            .query(String.class)
            .list());
    return xmins;
  }

  @Test
  void whileTheWaveIsOpenNoRowReadableByADatabaseReaderHoldsAnAnswer() throws Exception {
    aWaveAnsweredBySeven();

    assertThat(namesJoinedOnXmin()).isEmpty();
    List<Row> rows = everyRow();
    assertThat(rowsWithAnAnswer(rows)).isEmpty();
    // the rows written with an answer (same xmin as the invitation marked answered) hold it sealed,
    // all of one size, so the attacker gets a name next to something unreadable
    Set<String> answeredXmins =
        new HashSet<>(
            jdbc.sql("select xmin::text from survey_invitations where wave_id = ? and answered")
                .param(wave)
                .query(String.class)
                .list());
    assertThat(answeredXmins).hasSize(7);
    List<Row> sameTransaction =
        rows.stream()
            .filter(r -> answeredXmins.contains(r.xmin()))
            .filter(r -> !r.table().equals("survey_invitations"))
            .toList();
    assertThat(sameTransaction).extracting(Row::table).containsOnly("survey_held_answers");
    assertThat(
            jdbc.sql(
                    "select distinct octet_length(sealed) from survey_held_answers"
                        + " where wave_id = ?")
                .param(wave)
                .query(Integer.class)
                .list())
        .singleElement();
    // the attack on order: the n-th answered invitation (by xmin) next to the n-th held row (ctid)
    List<String> byOrder =
        jdbc.sql(
                """
                select s.name || ' ' || encode(h.sealed, 'escape')
                from (select stakeholder_id, row_number() over (order by xmin::text::bigint) r
                        from survey_invitations where wave_id = ? and answered) i
                  join (select sealed, row_number() over (order by ctid) r
                          from survey_held_answers where wave_id = ?) h on h.r = i.r
                  join survey_stakeholders s on s.id = i.stakeholder_id""")
            .param(wave)
            .param(wave)
            .query(String.class)
            .list();
    assertThat(byOrder).hasSize(7);
    assertThat(byOrder).noneMatch(line -> wrote.values().stream().anyMatch(line::contains));
    // the key that would open them is not in the database
    assertThat(jdbc.sql("select count(*) from survey_keys").query(Integer.class).single()).isZero();
    assertThat(rows).noneMatch(r -> r.json().contains(key));
  }

  @Test
  void afterTheReleaseNoAnswerIsKeptAndTheReleaseSharesNothingWithWhoAnswered() throws Exception {
    aWaveAnsweredBySeven();
    world.close(wave);

    assertThat(namesJoinedOnXmin()).isEmpty();
    for (String table : List.of("survey_held_answers", "survey_answers")) {
      assertThat(
              jdbc.sql("select count(*) from " + table + " where wave_id = ?")
                  .param(wave)
                  .query(Integer.class)
                  .single())
          .as(table)
          .isZero();
    }
    assertThat(jdbc.sql("select count(*) from survey_scores").query(Integer.class).single())
        .isZero();
    // the texts are now where the release put them: one row per wave, nothing per rater
    List<Row> rows = everyRow();
    List<Row> withAnswers = rowsWithAnAnswer(rows);
    assertThat(withAnswers).isNotEmpty().extracting(Row::table).containsOnly("survey_releases");
    assertThat(
            jdbc.sql(
                    "select column_name from information_schema.columns"
                        + " where table_schema = current_schema()"
                        + " and table_name = 'survey_releases'")
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("wave_id", "results");
    // written in a transaction of its own: no invitation, no stakeholder shares its xmin
    Set<String> people = xminsOfInvitationsAndStakeholders();
    assertThat(withAnswers).extracting(Row::xmin).doesNotContainAnyElementsOf(people);
    // the manager's answer is nowhere under the group of one: only pooled, in the overall
    assertThat(world.api(world.exec, "/survey-results"))
        .contains("the agreement does not show the manager alone")
        .doesNotContain("\"netScore\":-3.0");
    // and no table of the survey counts answers with a sequence that would date them
    assertThat(
            jdbc.sql(
                    "select count(*) from information_schema.columns"
                        + " where table_schema = current_schema() and table_name like 'survey%'"
                        + " and (column_default like 'nextval%' or is_identity = 'YES')")
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void noLogLineCarriesAnAnswerOrALink() throws Exception {
    aWaveAnsweredBySeven();
    String link = world.link("other1");
    world.close(wave);
    for (ILoggingEvent event : logged.list) {
      String line = event.getFormattedMessage();
      assertThat(wrote.values()).noneMatch(line::contains);
      assertThat(line).doesNotContain(link);
    }
  }
}
