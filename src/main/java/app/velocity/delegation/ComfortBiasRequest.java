package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.Decision;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ScoresInput;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of {@code POST /api/v1/analysis/comfort-bias}: the executive's going-well scores, the
 * people decisions may name, and the decisions, oldest first. Checked field by field before the
 * analysis runs, so that every error names the field to fix, such as {@code decisions[3].chosen}.
 */
@Schema(name = "ComfortBiasRequest")
record ComfortBiasRequest(
    @Schema(
            description =
                "Your going-well scores: PEOPLE, PERFORMANCE and PROCESS, sum 100 (within 1.5:"
                    + " rescaled); every decision without its own executive scores is judged"
                    + " against them",
            example = "{\"PEOPLE\": 60, \"PERFORMANCE\": 20, \"PROCESS\": 20}")
        Map<String, Double> executive,
    @ArraySchema(
            schema = @Schema(implementation = PersonJson.class),
            maxItems = MAX_PEOPLE,
            arraySchema = @Schema(description = "Everyone a decision may name, ids unique"))
        List<PersonJson> people,
    @ArraySchema(
            schema = @Schema(implementation = DecisionJson.class),
            maxItems = MAX_DECISIONS,
            arraySchema = @Schema(description = "The delegation decisions, oldest first"))
        List<DecisionJson> decisions) {

  static final int MAX_PEOPLE = 20_000;
  static final int MAX_DECISIONS = 100_000;
  static final int MAX_CANDIDATES = 50;
  static final int MAX_ID_LENGTH = 100;

  @Schema(name = "ComfortBiasPerson")
  record PersonJson(
      @Schema(description = "Any string (or number) unique among people", example = "priya")
          String id,
      @Schema(
              description =
                  "Going-well scores: PEOPLE, PERFORMANCE and PROCESS, sum 100 (within 1.5: rescaled)",
              example = "{\"PEOPLE\": 15, \"PERFORMANCE\": 25, \"PROCESS\": 60}")
          Map<String, Double> profile) {}

  @Schema(name = "ComfortBiasDecision")
  record DecisionJson(
      @Schema(
              description = "What the work demands of the drives, sum 100 (within 1.5: rescaled)",
              example = "{\"PEOPLE\": 10, \"PERFORMANCE\": 30, \"PROCESS\": 60}")
          Map<String, Double> demand,
      @Schema(
              description = "How much rides on the work",
              allowableValues = {"CRITICAL", "IMPORTANT", "ROUTINE"})
          String criticality,
      @ArraySchema(
              schema = @Schema(example = "priya"),
              minItems = 2,
              maxItems = MAX_CANDIDATES,
              uniqueItems = true,
              arraySchema = @Schema(description = "Ids of the people considered, 2 or more"))
          List<String> candidates,
      @Schema(description = "Id of the person chosen, one of the candidates", example = "priya")
          String chosen,
      @Schema(
              description = "Day of the decision (ISO 8601); feeds the trend by quarter",
              example = "2026-03-14",
              nullable = true)
          String date,
      @Schema(
              description =
                  "Your going-well scores when you made this decision, sum 100 (within 1.5:"
                      + " rescaled). Left out, the"
                      + " decision is judged against executive. Send it when your profile changed"
                      + " during the history (a retake), so that each decision is judged against"
                      + " you as you were then.",
              example = "{\"PEOPLE\": 20, \"PERFORMANCE\": 60, \"PROCESS\": 20}",
              nullable = true)
          Map<String, Double> executive) {}

  /**
   * What the analysis needs, checked.
   *
   * @param rescaled the triples that summed to 100 only within rounding and were rescaled, in the
   *     order of the request
   */
  record Checked(
      DriveScores executive,
      Map<String, DriveScores> people,
      List<Decision> decisions,
      List<Rescaled> rescaled) {}

  /** A triple given off 100 by rounding, and the scores used instead. */
  record Rescaled(String field, DriveScores scores) {}

  /**
   * Checks every field.
   *
   * @throws IllegalArgumentException "field: what is wrong" for the first field at fault
   */
  Checked check() {
    List<Rescaled> rescaled = new ArrayList<>();
    DriveScores me = scores("executive", executive, rescaled);
    if (people == null) {
      throw new IllegalArgumentException("people: is required (an empty list when none)");
    }
    if (people.size() > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "people: at most %,d people per request, not %,d",
              MAX_PEOPLE,
              people.size()));
    }
    if (decisions == null) {
      throw new IllegalArgumentException("decisions: is required (an empty list when none)");
    }
    if (decisions.size() > MAX_DECISIONS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "decisions: at most %,d decisions per request, not %,d",
              MAX_DECISIONS,
              decisions.size()));
    }
    Map<String, DriveScores> team = new LinkedHashMap<>(people.size() * 2);
    for (int i = 0; i < people.size(); i++) {
      String at = "people[" + i + "]";
      PersonJson p = people.get(i);
      if (p == null) {
        throw new IllegalArgumentException(at + ": is required, with an id and a profile");
      }
      String id = id(at + ".id", p.id());
      DriveScores scores = scores(at + ".profile", p.profile(), rescaled);
      if (team.putIfAbsent(id, scores) != null) {
        throw new IllegalArgumentException(
            at + ".id: '" + id + "' appears twice; each person needs a unique id");
      }
    }
    List<Decision> history = new ArrayList<>(decisions.size());
    for (int t = 0; t < decisions.size(); t++) {
      history.add(decision("decisions[" + t + "]", decisions.get(t), team, rescaled));
    }
    return new Checked(me, team, history, List.copyOf(rescaled));
  }

  private static DriveScores scores(
      String field, Map<String, Double> given, List<Rescaled> rescaled) {
    ScoresInput.Read read = ScoresInput.read(field, given);
    if (read.normalised()) {
      rescaled.add(new Rescaled(field, read.scores()));
    }
    return read.scores();
  }

  private static Decision decision(
      String at, DecisionJson d, Map<String, DriveScores> team, List<Rescaled> rescaled) {
    if (d == null) {
      throw new IllegalArgumentException(
          at + ": is required, with demand, criticality, candidates and chosen");
    }
    DriveScores demand = scores(at + ".demand", d.demand(), rescaled);
    Criticality criticality = criticality(at + ".criticality", d.criticality());
    List<String> candidates = d.candidates();
    if (candidates == null || candidates.size() < 2) {
      throw new IllegalArgumentException(
          at + ".candidates: at least two candidates are needed for a choice to say anything");
    }
    if (candidates.size() > MAX_CANDIDATES) {
      throw new IllegalArgumentException(
          at + ".candidates: at most " + MAX_CANDIDATES + " candidates per decision");
    }
    Set<String> seen = new HashSet<>(candidates.size() * 2);
    for (int j = 0; j < candidates.size(); j++) {
      String field = at + ".candidates[" + j + "]";
      String id = id(field, candidates.get(j));
      if (!team.containsKey(id)) {
        throw new IllegalArgumentException(field + ": '" + id + "' is not among the people");
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException(field + ": '" + id + "' is listed twice");
      }
    }
    String chosen = id(at + ".chosen", d.chosen());
    if (!seen.contains(chosen)) {
      throw new IllegalArgumentException(
          at + ".chosen: '" + chosen + "' is not among the decision's candidates");
    }
    DriveScores then =
        d.executive() == null ? null : scores(at + ".executive", d.executive(), rescaled);
    return new Decision(
        demand, criticality, candidates, chosen, date(at + ".date", d.date()), then);
  }

  private static String id(String field, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(field + ": is required");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          field + ": must be at most " + MAX_ID_LENGTH + " characters");
    }
    return id;
  }

  private static Criticality criticality(String field, String value) {
    if (value != null) {
      for (Criticality c : Criticality.values()) {
        if (c.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException(field + ": must be CRITICAL, IMPORTANT or ROUTINE");
  }

  private static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": must be a date such as 2026-03-14");
    }
  }
}
