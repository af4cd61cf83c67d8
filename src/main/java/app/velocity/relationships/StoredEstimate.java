package app.velocity.relationships;

import app.velocity.motivation.estimates.Acquaintance;
import app.velocity.motivation.estimates.ObserverAnswers;
import app.velocity.motivation.estimates.ObserverEstimate;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.organisations.PersonId;
import java.time.Instant;
import java.util.UUID;

/**
 * One saved observer estimate: who estimated whom, the answers as given and when. The scores are
 * worked out again from the answers with the questionnaire version they were given on, so that they
 * always follow the documented formula.
 *
 * @param forExecutive the client a coach made the estimate for; null for an executive's own
 */
public record StoredEstimate(
    UUID id,
    PersonId estimator,
    PersonId subject,
    PersonId forExecutive,
    String version,
    ObserverAnswers answers,
    Acquaintance acquaintance,
    boolean sharedWithCoach,
    Instant estimatedAt) {

  /** The scores and confidence of these answers. */
  public ObserverEstimate estimate() {
    return ObserverEstimate.from(ObserverQuestionnaire.load(version), acquaintance, answers);
  }
}
