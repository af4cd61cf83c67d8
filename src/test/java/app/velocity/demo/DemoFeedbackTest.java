package app.velocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.coaching.Coaching;
import app.velocity.feedback.SurveyAnswers;
import app.velocity.feedback.Surveys;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo survey on an engagement of Sam Okafor's (made here, as the coaching demo would): eight
 * stakeholders and two answered waves, built through the services; run twice, it adds nothing.
 */
@IntegrationTest
class DemoFeedbackTest {

  @Autowired Fixtures fixtures;
  @Autowired Directory directory;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired SurveyAnswers answers;
  @Autowired app.velocity.feedback.SurveyProgress surveyProgress;
  @Autowired Mailer mailer;
  @Autowired Clock clock;

  @Test
  void buildsTwoAnsweredWavesOnSamsEngagementOnce() {
    var org = fixtures.organisation();
    PersonView sam =
        directory
            .personByEmail("sam.okafor@northwind.example")
            .orElseGet(
                () ->
                    directory.addPerson(
                        new NewPerson(
                            "Sam Okafor",
                            "sam.okafor@northwind.example",
                            Role.EXECUTIVE,
                            org.id(),
                            null)));
    PersonView maria =
        directory
            .personByEmail("coach.maria@demo.velocity.app")
            .orElseGet(
                () ->
                    directory.addPerson(
                        new NewPerson(
                            "Maria", "coach.maria@demo.velocity.app", Role.COACH, null, null)));
    // only firm admins assign coaches; a coach opens engagements for their own clients
    directory.assignCoach(sam.id(), maria.id());
    var engagement =
        coaching.open(
            CurrentUser.of(maria),
            new Coaching.Opening(
                sam.id(),
                maria.id(),
                List.of(),
                // Later than the demo's own engagement, which another test's context may have
                // left in the database: the demo takes Sam's latest engagement.
                LocalDate.now().minusMonths(5),
                LocalDate.now().plusMonths(7),
                false));
    coaching.acceptAgreement(CurrentUser.of(sam), engagement);
    coaching.defineGoal(
        CurrentUser.of(maria), engagement, "Delegate by fit", List.of("a", "b", "c", "d", "e"));
    var demo = new DemoFeedback(true, directory, coaching, surveys, answers, mailer, clock);

    demo.run(null);
    demo.run(null);

    assertThat(surveys.stakeholders(CurrentUser.of(sam), engagement)).hasSize(8);
    var waves = surveys.waves(CurrentUser.of(maria), engagement);
    assertThat(waves).hasSize(3);
    assertThat(waves.subList(0, 2)).allMatch(w -> w.answered() == 8 && w.invited() == 8);
    // the coach confirmed the list, and both past waves are closed and released
    assertThat(surveys.stakeholderList(CurrentUser.of(maria), engagement).confirmed()).isTrue();
    assertThat(waves.subList(0, 2)).allMatch(w -> w.released());
    // what the sponsor's line reads: the second wave's overall, 16 points over 8 answers
    var progress = surveyProgress.of(engagement);
    assertThat(progress.releasedWave()).isEqualTo(2);
    assertThat(progress.goals().get(0).netScore()).isEqualTo(2.0);

    // Dated as in an engagement six months in: about three months ago and about now.
    LocalDate today = LocalDate.now(clock);
    LocalDate first = today.minusMonths(3);
    LocalDate second = today.minusDays(DemoFeedback.WAVE_TWO_DAYS_AGO);
    assertThat(waves.get(0).dueOn()).isEqualTo(first);
    assertThat(day(waves.get(0).sentAt())).isEqualTo(first);
    assertThat(day(waves.get(0).closesAt())).isEqualTo(first.plusDays(14));
    assertThat(waves.get(1).dueOn()).isEqualTo(second);
    assertThat(day(waves.get(1).sentAt())).isEqualTo(second);
    assertThat(waves.get(1).closesAt()).isBefore(clock.instant().plusSeconds(1));
    assertThat(waves.get(1).closesAt()).isAfter(clock.instant().minusSeconds(600));
    assertThat(waves.get(2).dueOn()).isEqualTo(today.plusMonths(6));
    assertThat(waves.get(2).sent()).isFalse();
    assertThat(surveys.followUps(CurrentUser.of(sam), engagement))
        .singleElement()
        .satisfies(f -> assertThat(f.heldOn()).isBetween(first, second));
  }

  private LocalDate day(java.time.Instant instant) {
    return instant.atZone(clock.getZone()).toLocalDate();
  }
}
