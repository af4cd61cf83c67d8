package app.velocity.inventory;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.TrianglePoint;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.InventoryPart;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.motivation.report.Section;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of the inventory API; records only, built from the domain, never entities. */
final class ApiJson {

  private ApiJson() {}

  @Schema(description = "Scores for the three drives, each 0 to 100, summing to 100 (±0.01)")
  record ScoresJson(
      @Schema(name = "PEOPLE", example = "20") double PEOPLE,
      @Schema(name = "PERFORMANCE", example = "60") double PERFORMANCE,
      @Schema(name = "PROCESS", example = "20") double PROCESS) {}

  @Schema(description = "Going-well and conflict scores to analyse")
  record CalculateRequest(ScoresJson goingWell, ScoresJson conflict) {}

  record PointJson(double x, double y) {
    static PointJson of(TrianglePoint p) {
      return new PointJson(round(p.x(), 6), round(p.y(), 6));
    }
  }

  record TriangleJson(PointJson goingWell, PointJson conflict) {}

  @Schema(description = "What the model says about a profile")
  record AnalysisJson(
      @Schema(
              description = "Type code of the going-well scores",
              allowableValues = {
                "PEOPLE",
                "PERFORMANCE",
                "PROCESS",
                "PEOPLE_PERFORMANCE",
                "PERFORMANCE_PROCESS",
                "PEOPLE_PROCESS",
                "FLEXIBLE"
              })
          String type,
      String typeLabel,
      @Schema(description = "True when a move of at most 3 points would change the type")
          boolean leaning,
      double distanceToBoundary,
      @Schema(description = "Stages, first first; tied drives share a stage in canonical order")
          List<List<String>> conflictSequence,
      String conflictSequenceCode,
      Map<String, Double> goingWell,
      Map<String, Double> conflict,
      TriangleJson triangle,
      @Schema(description = "Length of the arrow from going well to conflict, in score points")
          double arrowLength,
      @Schema(
              description =
                  "Only in the answer to /profiles/calculate: true when a triple given summed to"
                      + " 100 only within rounding (1.5) and was rescaled; goingWell and conflict"
                      + " are the scores used",
              nullable = true)
          @JsonInclude(JsonInclude.Include.NON_NULL)
          Boolean normalised) {

    static AnalysisJson of(ProfileAnalysis a) {
      return of(a, null);
    }

    static AnalysisJson of(ProfileAnalysis a, Boolean normalised) {
      return new AnalysisJson(
          a.type().name(),
          a.type().label(),
          a.leaning(),
          round(a.distanceToBoundary(), 4),
          a.conflictSequence().stages().stream()
              .map(stage -> stage.stream().map(Drive::name).toList())
              .toList(),
          a.conflictSequence().code(),
          scores(a.profile().goingWell()),
          scores(a.profile().conflict()),
          new TriangleJson(PointJson.of(a.goingWellPoint()), PointJson.of(a.conflictPoint())),
          round(a.arrow().length(), 4),
          normalised);
    }
  }

  record EndingJson(String id, String drive, String text) {
    static EndingJson of(Ending e) {
      return new EndingJson(e.id(), e.drive().name(), e.text());
    }
  }

  record ItemJson(String id, String stem, List<EndingJson> endings) {
    static ItemJson of(Item item) {
      return new ItemJson(
          item.id(), item.stem(), item.endings().stream().map(EndingJson::of).toList());
    }
  }

  record PartJson(String condition, List<ItemJson> items) {
    static PartJson of(InventoryPart part) {
      return new PartJson(
          part.condition().name(), part.items().stream().map(ItemJson::of).toList());
    }
  }

  @Schema(description = "One version of the item bank")
  record InventoryJson(String version, List<PartJson> parts) {
    static InventoryJson of(ItemBank bank) {
      return new InventoryJson(bank.version(), bank.parts().stream().map(PartJson::of).toList());
    }
  }

  record AnswerJson(
      @Schema(example = "GW01") String item,
      @Schema(description = "Ending id to whole points; the three must sum to 10")
          Map<String, Integer> points) {}

  @Schema(description = "A whole inventory answered on paper or elsewhere, to be scored")
  record ScoreRequest(@Schema(example = "v1") String version, List<AnswerJson> answers) {}

  @Schema(
      description =
          "How precise a result is, from the spread of its own answers (docs/psychometrics.md §6)")
  record PrecisionJson(
      @Schema(
              description =
                  "Radius of the confidence regions in standard errors, calibrated for the item"
                      + " bank")
          double radius,
      @Schema(description = "How far the going-well region reaches along each score, in points")
          Map<String, Double> goingWellMargin,
      @Schema(description = "How far the conflict region reaches along each score, in points")
          Map<String, Double> conflictMargin,
      @Schema(description = "True when the going-well region lies inside one type region")
          boolean firm,
      @Schema(description = "Type codes the going-well region reaches, the scored type first")
          List<String> spans,
      @Schema(
              description =
                  "The conflict sequence with a tie wherever a difference lies within the tie"
                      + " tolerance plus its margin")
          String conflictSequenceWithinErrorCode) {

    static PrecisionJson of(ProfileReading r) {
      Map<String, Double> well = new LinkedHashMap<>();
      Map<String, Double> conflict = new LinkedHashMap<>();
      for (Drive d : Drive.values()) {
        well.put(d.name(), round(r.goingWellRegion().reach(d), 2));
        conflict.put(d.name(), round(r.conflictRegion().reach(d), 2));
      }
      return new PrecisionJson(
          r.goingWellRegion().radius(),
          well,
          conflict,
          r.type().firm(),
          r.type().spans().stream().map(MotivationalType::name).toList(),
          r.sequenceWithinError().code());
    }
  }

  record ScoredJson(String version, AnalysisJson result, PrecisionJson precision) {}

  record SectionJson(String key, String heading, List<String> sentences) {
    static SectionJson of(Section s) {
      return new SectionJson(s.key(), s.heading(), s.sentences());
    }
  }

  @Schema(description = "One stored result")
  record ResultJson(
      UUID id,
      String version,
      Instant completedAt,
      @Schema(description = "Who can see this result") String visibleTo,
      AnalysisJson analysis,
      @Schema(description = "Null only when the result's answers are no longer stored")
          PrecisionJson precision) {
    static ResultJson of(ProfileResult r, String visibleTo) {
      return new ResultJson(
          r.id(),
          r.version(),
          r.completedAt(),
          visibleTo,
          AnalysisJson.of(r.analysis()),
          r.reading().map(PrecisionJson::of).orElse(null));
    }
  }

  @Schema(description = "Your latest result with the report sections")
  record ProfileJson(ResultJson result, List<SectionJson> report) {}

  record ResponseItemJson(
      int step,
      String id,
      String condition,
      String stem,
      @Schema(description = "Endings in the order this respondent sees them")
          List<EndingJson> endings,
      @Schema(description = "Points given so far, by ending id; null when not answered")
          Map<String, Integer> answer) {}

  @Schema(description = "An inventory response in progress or submitted")
  record ResponseJson(
      UUID id,
      String version,
      Instant startedAt,
      Instant completedAt,
      int answered,
      int total,
      @Schema(description = "The first unanswered item, where to resume; null when all answered")
          String next,
      List<ResponseItemJson> items) {

    static ResponseJson of(InventoryResponse r) {
      List<ResponseItemJson> items =
          r.items().stream()
              .map(
                  item ->
                      new ResponseItemJson(
                          r.stepOf(item),
                          item.id(),
                          r.conditionOf(item).name(),
                          item.stem(),
                          r.endingsInOrder(item).stream().map(EndingJson::of).toList(),
                          r.answerTo(item.id()).map(a -> points(item, a)).orElse(null)))
              .toList();
      return new ResponseJson(
          r.id(),
          r.version(),
          r.startedAt(),
          r.completedAt().orElse(null),
          r.answered(),
          r.size(),
          r.firstUnanswered().map(Item::id).orElse(null),
          items);
    }
  }

  record PointsJson(
      @Schema(description = "Ending id to whole points; the three must sum to 10")
          Map<String, Integer> points) {}

  record SavedAnswerJson(
      String item, Map<String, Integer> points, int answered, int total, String next) {}

  static Map<String, Integer> points(Item item, Answer answer) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Ending e : item.endings()) {
      points.put(e.id(), answer.pointsFor(e.drive()));
    }
    return points;
  }

  static Map<String, Double> scores(DriveScores s) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Drive d : Drive.values()) {
      map.put(d.name(), round(s.of(d), 4));
    }
    return map;
  }

  static Condition condition(String name) {
    return Condition.valueOf(name);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
