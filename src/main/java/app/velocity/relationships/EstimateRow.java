package app.velocity.relationships;

import app.velocity.motivation.estimates.EstimateAccuracy;
import app.velocity.organisations.Access;
import app.velocity.organisations.CurrentUser;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of the caller's own estimates as the estimates page shows it.
 *
 * @param accuracy how far off it was, once the person's own result is visible; else null
 */
public record EstimateRow(
    UUID id,
    String subjectId,
    String name,
    String estimatedOn,
    int confidencePercent,
    String type,
    boolean sharedWithCoach,
    String accuracy) {

  static List<EstimateRow> of(
      List<StoredEstimate> mine,
      Map<UUID, EstimateAccuracy> accuracies,
      Access access,
      CurrentUser user) {
    List<EstimateRow> rows = new ArrayList<>();
    for (StoredEstimate e : mine) {
      String name;
      try {
        name = access.visiblePerson(user, e.subject()).name();
      } catch (app.velocity.organisations.PersonNotFound gone) {
        continue;
      }
      var estimate = e.estimate();
      KnownProfile known =
          new KnownProfile(
              MappedProfile.Source.ESTIMATE, estimate.profile(), estimate.confidence(), 1, null);
      EstimateAccuracy accuracy = accuracies.get(e.id());
      rows.add(
          new EstimateRow(
              e.id(),
              e.subject().value().toString(),
              name,
              e.estimatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
              (int) Math.round(estimate.confidence() * 100),
              known.typeLabel(),
              e.sharedWithCoach(),
              accuracy == null ? null : accuracy.sentence()));
    }
    return rows;
  }
}
