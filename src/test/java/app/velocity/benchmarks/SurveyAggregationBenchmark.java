package app.velocity.benchmarks;

import app.velocity.feedback.results.Answer;
import app.velocity.feedback.results.FollowUp;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Invitation;
import app.velocity.feedback.results.PrivacySettings;
import app.velocity.feedback.results.RaterGroup;
import app.velocity.feedback.results.RaterId;
import app.velocity.feedback.results.Results;
import app.velocity.feedback.results.SurveyData;
import app.velocity.feedback.results.SurveyResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Aggregating mini-surveys with every privacy rule and the cross-wave audit: one engagement of 12
 * stakeholders (1 manager, 4 peers, 5 direct reports, 2 others), 3 goals and 4 waves with 85% of
 * the invited answering, and 1,000 such engagements (a firm's whole book, e.g. the sponsor
 * dashboard or a nightly recompute).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class SurveyAggregationBenchmark {

  private static final int ENGAGEMENTS = 1_000;

  private final PrivacySettings settings = PrivacySettings.defaults();
  private List<SurveyData> surveys;

  @Setup
  public void setUp() {
    var random = new SplittableRandom(2026);
    surveys = new ArrayList<>(ENGAGEMENTS);
    for (int e = 0; e < ENGAGEMENTS; e++) {
      surveys.add(survey(random));
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Results oneEngagement() {
    return SurveyResults.aggregate(surveys.get(0), settings);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void thousandEngagements(Blackhole sink) {
    for (SurveyData survey : surveys) {
      sink.consume(SurveyResults.aggregate(survey, settings));
    }
  }

  private static SurveyData survey(SplittableRandom random) {
    var goals = List.of(new GoalId("listening"), new GoalId("delegating"), new GoalId("follow-up"));
    var groups = new RaterGroup[12];
    for (int r = 0; r < 12; r++) {
      groups[r] =
          r == 0
              ? RaterGroup.MANAGER
              : r < 5 ? RaterGroup.PEER : r < 10 ? RaterGroup.DIRECT_REPORT : RaterGroup.OTHER;
    }
    var invitations = new ArrayList<Invitation>();
    var answers = new ArrayList<Answer>();
    for (int wave = 1; wave <= 4; wave++) {
      for (int r = 0; r < 12; r++) {
        var rater = new RaterId("stakeholder-" + r);
        invitations.add(new Invitation(wave, rater, groups[r]));
        if (random.nextDouble() < 0.85) {
          var scores = new HashMap<GoalId, Integer>();
          for (GoalId goal : goals) {
            if (random.nextDouble() < 0.95) {
              scores.put(goal, random.nextInt(7) - 3);
            }
          }
          answers.add(
              new Answer(
                  wave,
                  rater,
                  groups[r],
                  scores,
                  FollowUp.values()[random.nextInt(4)],
                  random.nextBoolean() ? "Suggestion " + random.nextInt(100) : null));
        }
      }
    }
    return new SurveyData(goals, invitations, answers);
  }
}
