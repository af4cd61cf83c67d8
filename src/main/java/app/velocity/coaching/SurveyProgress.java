package app.velocity.coaching;

import java.util.Optional;
import java.util.UUID;

/**
 * The stakeholder mini-survey line on the sponsor's view. The module that runs the surveys provides
 * a bean; until one exists, the view says there is no survey yet. Whatever it returns is shown to
 * sponsors, so it must be an aggregate that meets the survey thresholds (for example "wave 2 of 3:
 * 7 of 9 stakeholders answered"), never content or an individual answer.
 */
public interface SurveyProgress {

  /** The sentence for this engagement, or empty when it has no survey yet. */
  Optional<String> of(UUID engagement);

  /**
   * The same for an engagement its caller has already read (the engagement view), so that the
   * provider need not read it again.
   */
  default Optional<String> of(Coaching.SurveySubject engagement) {
    return of(engagement.engagement());
  }
}
