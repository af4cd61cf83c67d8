package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The survey line of the sponsor's view of an engagement: waves sent, the latest wave's response
 * and the overall net score per numbered goal of the latest released wave, where the thresholds
 * allow it. Aggregates only, as {@link SurveyProgress} computes them; never a goal's title or an
 * answer, nothing of an open wave but how many answered.
 */
@Component
class SponsorSurveyLine implements app.velocity.coaching.SurveyProgress {

  private final SurveyProgress progress;

  SponsorSurveyLine(SurveyProgress progress) {
    this.progress = progress;
  }

  @Override
  public Optional<String> of(UUID engagement) {
    return line(progress.of(engagement));
  }

  @Override
  public Optional<String> of(Coaching.SurveySubject engagement) {
    return line(progress.of(engagement));
  }

  private static Optional<String> line(SurveyProgress.Progress p) {
    if (p.wavesSent() == 0) {
      return Optional.empty();
    }
    String goals =
        p.goals().stream()
            .map(
                g ->
                    "goal "
                        + g.goal()
                        + " "
                        + (g.netScore() == null ? "withheld (" + g.withheld() + ")" : g.net()))
            .collect(Collectors.joining(", "));
    return Optional.of(
        (p.wavesSent() == 1 ? "1 wave sent" : p.wavesSent() + " waves sent")
            + "; latest wave"
            + (p.latestOpen() ? " (open)" : "")
            + ": "
            + p.answered()
            + " of "
            + p.invited()
            + " stakeholders answered ("
            + p.responsePercent()
            + "%)"
            + (p.releasedWave() == 0
                ? "; results are released when a wave closes"
                : goals.isEmpty()
                    ? ""
                    : "; overall net score of wave " + p.releasedWave() + " (−3 to +3): " + goals));
  }
}
