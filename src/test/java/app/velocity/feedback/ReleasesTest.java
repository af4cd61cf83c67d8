package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.feedback.results.Answer;
import app.velocity.feedback.results.FollowUp;
import app.velocity.feedback.results.GoalId;
import app.velocity.feedback.results.Invitation;
import app.velocity.feedback.results.PrivacySettings;
import app.velocity.feedback.results.RaterGroup;
import app.velocity.feedback.results.RaterId;
import app.velocity.feedback.results.SurveyData;
import app.velocity.feedback.results.SurveyResults;
import app.velocity.feedback.results.WaveResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A release reads back exactly as the aggregator published it, withheld cells included. */
class ReleasesTest {

  @Test
  void aReleaseReadsBackAsTheAggregatorPublishedIt() {
    var random = new Random(20261201);
    List<GoalId> goals = List.of(new GoalId("g1"), new GoalId("g2"));
    int shownAndWithheld = 0;
    for (int survey = 0; survey < 200; survey++) {
      var invitations = new ArrayList<Invitation>();
      var answers = new ArrayList<Answer>();
      int raters = 6 + random.nextInt(7);
      for (int r = 0; r < raters; r++) {
        RaterGroup group = r == 0 ? RaterGroup.MANAGER : RaterGroup.values()[1 + r % 3];
        RaterId rater = new RaterId("r" + r);
        invitations.add(new Invitation(1, rater, group));
        if (random.nextInt(4) > 0) {
          var scores = new HashMap<GoalId, Integer>();
          goals.forEach(
              g -> {
                if (random.nextInt(6) > 0) {
                  scores.put(g, random.nextInt(7) - 3);
                }
              });
          answers.add(
              new Answer(
                  1,
                  rater,
                  group,
                  scores,
                  FollowUp.values()[random.nextInt(4)],
                  random.nextBoolean() ? "suggestion \"" + r + "\" ü" : null));
        }
      }
      WaveResults published =
          SurveyResults.aggregate(
                  new SurveyData(goals, invitations, answers),
                  PrivacySettings.withManagerShownAlone(random.nextBoolean()))
              .wave(1);
      assertThat(Releases.read(Releases.write(published))).isEqualTo(published);
      boolean shown =
          published.score(goals.get(0), app.velocity.feedback.results.Unit.OVERALL).isShown();
      boolean withheld =
          !published.suggestions().get(app.velocity.feedback.results.Unit.MANAGER).isShown();
      if (shown && withheld) {
        shownAndWithheld++;
      }
    }
    assertThat(shownAndWithheld).isPositive();
  }

  @Test
  void aWithheldCellIsStoredWithoutAnyNumber() {
    List<GoalId> goals = List.of(new GoalId("g1"));
    var invitations = new ArrayList<Invitation>();
    var answers = new ArrayList<Answer>();
    for (int r = 0; r < 2; r++) {
      RaterId rater = new RaterId("p" + r);
      invitations.add(new Invitation(1, rater, RaterGroup.PEER));
      answers.add(
          new Answer(
              1,
              rater,
              RaterGroup.PEER,
              java.util.Map.of(goals.get(0), 3),
              FollowUp.OFTEN,
              "hidden text"));
    }
    String stored =
        Releases.write(
            SurveyResults.aggregate(
                    new SurveyData(goals, invitations, answers), PrivacySettings.defaults())
                .wave(1));
    assertThat(stored).doesNotContain("hidden text").doesNotContain("\"netScore\"");
  }
}
