package app.velocity.feedback;

import app.velocity.feedback.results.Cell;
import app.velocity.feedback.results.FollowUpSummary;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Response;
import app.velocity.feedback.results.ScoreSummary;
import app.velocity.feedback.results.Suppression;
import app.velocity.feedback.results.Unit;
import app.velocity.feedback.results.WaveResults;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The released results of waves, stored once at the release and read by every screen, the API and
 * the sponsor's line from then on. What is stored is what the aggregator published: shown cells
 * with their figures, withheld cells with only their reason; nothing per rater, no number of a
 * withheld cell.
 */
final class Releases {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int FORMAT = 1;

  private Releases() {}

  /** The stored form: one list of cells, each of one kind, unit and (for scores) goal. */
  record Stored(int format, int wave, List<StoredCell> cells) {}

  /**
   * One released cell: {@code withheld} when it is withheld, otherwise the one value of its kind
   * ({@code response}, {@code score}, {@code followUp} or {@code texts}).
   */
  record StoredCell(
      String kind,
      String goal,
      Unit unit,
      Suppression withheld,
      Response response,
      ScoreSummary score,
      FollowUpSummary followUp,
      List<String> texts) {

    static StoredCell of(String kind, String goal, Unit unit, Cell<?> cell) {
      Object value = cell.value();
      return new StoredCell(
          kind,
          goal,
          unit,
          cell.suppression(),
          value instanceof Response r ? r : null,
          value instanceof ScoreSummary s ? s : null,
          value instanceof FollowUpSummary f ? f : null,
          value instanceof List<?> texts ? texts.stream().map(String.class::cast).toList() : null);
    }

    <T> Cell<T> cell(T value) {
      return withheld == null ? new Cell<>(value, null) : new Cell<>(null, withheld);
    }
  }

  private static final String RESPONSE = "response";
  private static final String SCORE = "score";
  private static final String FOLLOW_UP = "followUp";
  private static final String SUGGESTIONS = "suggestions";

  static void store(JdbcClient jdbc, UUID wave, WaveResults results) {
    jdbc.sql("insert into survey_releases (wave_id, results) values (?, ?)")
        .param(wave)
        .param(write(results))
        .update();
  }

  /** The released results of the engagement's waves, by wave id. */
  static Map<UUID, WaveResults> of(JdbcClient jdbc, UUID engagement) {
    var found = new HashMap<UUID, WaveResults>();
    jdbc.sql(
            "select r.wave_id, r.results from survey_releases r"
                + " join survey_waves w on w.id = r.wave_id where w.engagement_id = ?")
        .param(engagement)
        .query(
            (rs, n) ->
                found.put(rs.getObject("wave_id", UUID.class), read(rs.getString("results"))))
        .list();
    return found;
  }

  static String write(WaveResults results) {
    var cells = new ArrayList<StoredCell>();
    for (Unit unit : Unit.values()) {
      cells.add(StoredCell.of(RESPONSE, null, unit, results.response().get(unit)));
      cells.add(StoredCell.of(FOLLOW_UP, null, unit, results.followUp().get(unit)));
      cells.add(StoredCell.of(SUGGESTIONS, null, unit, results.suggestions().get(unit)));
    }
    for (var goal : results.scores().entrySet()) {
      for (Unit unit : Unit.values()) {
        cells.add(StoredCell.of(SCORE, goal.getKey().value(), unit, goal.getValue().get(unit)));
      }
    }
    return JSON.writeValueAsString(new Stored(FORMAT, results.wave(), cells));
  }

  static WaveResults read(String json) {
    Stored stored = JSON.readValue(json, Stored.class);
    if (stored.format() != FORMAT) {
      throw new IllegalStateException("released results of an unknown format " + stored.format());
    }
    var response = new EnumMap<Unit, Cell<Response>>(Unit.class);
    var scores = new LinkedHashMap<GoalId, Map<Unit, Cell<ScoreSummary>>>();
    var followUp = new EnumMap<Unit, Cell<FollowUpSummary>>(Unit.class);
    var suggestions = new EnumMap<Unit, Cell<List<String>>>(Unit.class);
    for (StoredCell c : stored.cells()) {
      switch (c.kind()) {
        case RESPONSE -> response.put(c.unit(), c.cell(c.response()));
        case FOLLOW_UP -> followUp.put(c.unit(), c.cell(c.followUp()));
        case SUGGESTIONS -> suggestions.put(c.unit(), c.cell(c.texts()));
        case SCORE ->
            scores
                .computeIfAbsent(new GoalId(c.goal()), g -> new EnumMap<>(Unit.class))
                .put(c.unit(), c.cell(c.score()));
        default -> throw new IllegalStateException("a released cell of kind " + c.kind());
      }
    }
    return new WaveResults(stored.wave(), response, scores, followUp, suggestions);
  }
}
