package app.velocity.relationships;

import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.report.Section;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the relationships API, made from the same views as the pages. */
final class RelationshipsJson {

  private RelationshipsJson() {}

  @Schema(name = "KnownProfile", description = "What you may know of a person's profile")
  record ProfileJson(
      @Schema(description = "SELF (their own result, shared with you) or ESTIMATE") String source,
      Map<String, Double> goingWell,
      Map<String, Double> conflict,
      @Schema(description = "1 for a self-reported result") double confidence,
      @Schema(description = "How many estimates were combined (0 for a result)") int estimators,
      @Schema(example = "People & Process") String type) {

    static ProfileJson of(KnownProfile k) {
      if (!k.known()) {
        return null;
      }
      return new ProfileJson(
          k.source().name(),
          scores(k.profile().goingWell()),
          scores(k.profile().conflict()),
          k.estimate() ? k.confidence() : 1.0,
          k.estimators(),
          k.typeLabel());
    }
  }

  @Schema(name = "MapEntry")
  record EntryJson(
      String person,
      String name,
      int importance,
      @Schema(example = "WEEKLY") String frequency,
      int ease,
      int effectiveness,
      String notes,
      @Schema(description = "Null when you have no profile of this person", nullable = true)
          ProfileJson profile) {

    static EntryJson of(MapPage.Row r) {
      return new EntryJson(
          r.id(),
          r.name(),
          r.importance(),
          r.frequency(),
          r.ease(),
          r.effectiveness(),
          r.notes(),
          ProfileJson.of(r.profile()));
    }
  }

  @Schema(name = "AttentionItem")
  record AttentionJson(String person, String name, String pattern, String reason) {}

  @Schema(name = "RelationshipMap")
  record MapJson(
      @Schema(description = "Who can see this map") String visibility,
      boolean sharedWithCoach,
      boolean ownResult,
      List<EntryJson> entries,
      @Schema(description = "Most pressing first; empty until you have a result")
          List<AttentionJson> attention) {

    static MapJson of(MapPage page) {
      return new MapJson(
          page.visibility(),
          page.sharedWithCoach(),
          page.ownResult(),
          page.rows().stream().map(EntryJson::of).toList(),
          page.attention().stream()
              .map(a -> new AttentionJson(a.id(), a.name(), a.pattern(), a.reason()))
              .toList());
    }
  }

  @Schema(name = "MapEntryRequest")
  record EntryRequest(
      @Schema(description = "Someone of your organisation; leave out to add a new colleague")
          String person,
      @Schema(description = "A new colleague's name (with newEmail)") String newName,
      @Schema(description = "A new colleague's e-mail") String newEmail,
      @Schema(minimum = "1", maximum = "5") Integer importance,
      @Schema(description = "RARELY, MONTHLY, WEEKLY, SEVERAL_TIMES_A_WEEK or DAILY")
          String frequency,
      @Schema(minimum = "1", maximum = "5") Integer ease,
      @Schema(minimum = "1", maximum = "5") Integer effectiveness,
      String notes) {

    EntryForm form(String personId) {
      return new EntryForm(
          personId != null ? personId : person,
          personId != null ? null : newName,
          personId != null ? null : newEmail,
          text(importance),
          frequency,
          text(ease),
          text(effectiveness),
          notes);
    }

    private static String text(Integer i) {
      return i == null ? null : i.toString();
    }
  }

  @Schema(name = "MapSharing")
  record SharingRequest(Boolean sharedWithCoach) {}

  @Schema(name = "PairPlaybook")
  record PlaybookJson(
      String person,
      String name,
      @Schema(description = "What the playbook is drawn from, and how sure it is") String basis,
      ProfileJson colleague,
      List<SectionJson> sections) {

    static PlaybookJson of(PlaybookPage p) {
      return new PlaybookJson(
          p.personId(),
          p.name(),
          p.basis(),
          ProfileJson.of(p.colleague()),
          p.sections().stream().map(SectionJson::of).toList());
    }
  }

  @Schema(name = "PlaybookSection")
  record SectionJson(
      @Schema(example = "approach") String key, String heading, List<String> sentences) {
    static SectionJson of(Section s) {
      return new SectionJson(s.key(), s.heading(), s.sentences());
    }
  }

  @Schema(name = "EstimateRequest")
  record EstimateRequest(
      @Schema(description = "The person estimated") String subject,
      @Schema(description = "LESS_THAN_THREE_MONTHS … MORE_THAN_THREE_YEARS") String knownFor,
      @Schema(description = "RARELY, MONTHLY, WEEKLY or DAILY") String closeness,
      @Schema(description = "ROUTINE_WORK, UNDER_PRESSURE, SOCIAL, ONE_TO_ONE; at least one")
          List<String> settings,
      @Schema(
              description =
                  "Question id to the drive of the option picked; leave a question out for"
                      + " \"can't say\"",
              example = "{\"OB01\": \"PROCESS\", \"OB02\": \"PEOPLE\"}")
          Map<String, String> answers,
      @Schema(description = "Let your coach see this estimate; false if left out")
          Boolean shareWithCoach) {

    EstimateForm form() {
      return new EstimateForm(
          answers, knownFor, closeness, settings, Boolean.TRUE.equals(shareWithCoach));
    }
  }

  @Schema(name = "Estimate")
  record EstimateJson(
      String id,
      String subject,
      String name,
      String estimatedOn,
      double confidence,
      String type,
      boolean sharedWithCoach,
      @Schema(description = "How far off it was, once their own result is shared with you")
          String accuracy) {
    static EstimateJson of(EstimateRow r) {
      return new EstimateJson(
          r.id().toString(),
          r.subjectId(),
          r.name(),
          r.estimatedOn(),
          r.confidencePercent() / 100.0,
          r.type(),
          r.sharedWithCoach(),
          r.accuracy());
    }
  }

  @Schema(name = "Estimates")
  record EstimatesJson(
      @Schema(description = "Your calibration over time, in words") String calibration,
      List<EstimateJson> estimates) {}

  @Schema(name = "TeamRequest")
  record TeamRequest(String name, List<String> members) {}

  static Map<String, Double> scores(DriveScores s) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (Drive d : Drive.values()) {
      map.put(d.name(), s.of(d));
    }
    return map;
  }
}
