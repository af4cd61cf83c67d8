package app.velocity.demo;

import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.feedback.SurveyAnswers;
import app.velocity.feedback.Surveys;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo stakeholder survey on Sam Okafor's engagement: eight stakeholders, confirmed by the coach,
 * two waves answered through the links in their e-mails and closed, so that their results are
 * released, about three months in and about six months in (a week ago), improving from the first to
 * the second, with the lone manager and a group hidden to protect them so that withholding can be
 * seen. Runs after the coaching demo; when there is no engagement of Sam's, it says so and does
 * nothing.
 */
@Component
@Order(60)
class DemoFeedback implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
  private static final String SAM = "sam.okafor@northwind.example";
  private static final String COACH = "coach.maria@demo.velocity.app";
  private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{40,})");

  private final boolean enabled;
  private final Directory directory;
  private final Coaching coaching;
  private final Surveys surveys;
  private final SurveyAnswers answers;
  private final Mailer mailer;
  private final Clock clock;

  DemoFeedback(
      @Value("${velocity.demo:false}") boolean enabled,
      Directory directory,
      Coaching coaching,
      Surveys surveys,
      SurveyAnswers answers,
      Mailer mailer,
      Clock clock) {
    this.enabled = enabled;
    this.directory = directory;
    this.coaching = coaching;
    this.surveys = surveys;
    this.answers = answers;
    this.mailer = mailer;
    this.clock = clock;
  }

  /** Name, group, wave-1 score, wave-2 score (per goal the same), suggestion. */
  private record Person(String name, String group, int first, int second, String suggestion) {}

  private static final List<Person> PEOPLE =
      List.of(
          new Person("Martin Hale", "manager", 0, 2, "Bring the team's options, not only yours"),
          new Person("Priya Raman", "peer", 1, 2, "Keep asking who fits the work best"),
          new Person("Diego Alvarez", "peer", 0, 1, "Tell us earlier when plans change"),
          new Person("Grace Liu", "peer", 1, 3, "Share the why behind each hand-over"),
          new Person("Tomasz Nowak", "peer", -1, 1, "Let go of the details sooner"),
          new Person("Amara Okeke", "direct-report", 1, 2, "More room to lead the audit"),
          new Person("Ben Carter", "direct-report", 0, 2, "Check in weekly as you did in May"),
          new Person("Chen Wei", "direct-report", 1, 3, "Keep the one-to-ones"));

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    Optional<CurrentUser> sam = directory.personByEmail(SAM).map(CurrentUser::of);
    Optional<CurrentUser> coach = directory.personByEmail(COACH).map(CurrentUser::of);
    if (sam.isEmpty() || coach.isEmpty()) {
      log.info("Demo survey: no demo executive or coach; skipped");
      return;
    }
    Optional<EngagementView> engagement =
        coaching.visibleTo(sam.get()).stream()
            .filter(e -> e.canWork() && !e.goals().isEmpty())
            .findFirst();
    if (engagement.isEmpty()) {
      log.info("Demo survey: Sam Okafor has no active engagement with goals yet; skipped");
      return;
    }
    UUID id = engagement.get().id();
    if (surveys.partOf(coach.get(), id) != Part.COACH) {
      log.info("Demo survey: {} is not the coach of Sam's engagement; skipped", COACH);
      return;
    }
    if (!surveys.stakeholders(sam.get(), id).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate first = today.minusMonths(3);
    for (Person p : PEOPLE) {
      on(first.minusDays(10)).addStakeholder(sam.get(), id, p.name(), email(p), p.group());
    }
    on(first.minusDays(7))
        .confirmStakeholders(
            coach.get(), id, surveys.stakeholderList(coach.get(), id).fingerprint());
    List<UUID> goals = engagement.get().goals().stream().map(EngagementView.GoalView::id).toList();
    // About three months in, and about six months in (sent a week ago, answered, closed today).
    List<LocalDate> sentOn = List.of(first, today.minusDays(WAVE_TWO_DAYS_AGO));
    for (int wave = 1; wave <= 2; wave++) {
      LocalDate day = sentOn.get(wave - 1);
      UUID waveId = on(day).scheduleWave(coach.get(), id, day);
      on(day).sendNow(coach.get(), id, waveId);
      SurveyAnswers answering = answers.asOf(at(day.plusDays(2)));
      for (Person p : PEOPLE) {
        var scores = new HashMap<UUID, Integer>();
        int score = wave == 1 ? p.first() : p.second();
        goals.forEach(g -> scores.put(g, score));
        answering.answer(
            token(email(p)),
            new SurveyAnswers.Submission(scores, wave == 1 ? "once" : "often", p.suggestion()));
      }
      (wave == 1 ? on(day.plusDays(14)) : surveys).close(coach.get(), id, waveId);
    }
    surveys.scheduleWave(coach.get(), id, today.plusMonths(6));
    surveys.logFollowUp(
        sam.get(),
        id,
        first.plusWeeks(3),
        "Priya Raman",
        "peer",
        "Asked what she noticed since the first wave.");
    log.info("Demo survey: two answered waves on Sam Okafor's engagement");
  }

  /** How long ago the second wave was sent. */
  static final int WAVE_TWO_DAYS_AGO = 7;

  /** 10:00 on that day, in the application's zone. */
  private Clock at(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(clock.getZone()).toInstant(), clock.getZone());
  }

  /** The surveys as they were on that day, so that a past wave passes the checks it passed then. */
  private Surveys on(LocalDate day) {
    return surveys.asOf(at(day));
  }

  private static String email(Person p) {
    return p.name().toLowerCase().replace(' ', '.') + ".survey@northwind.example";
  }

  /** The newest link in the stakeholder's inbox, as they would click it. */
  private String token(String email) {
    Matcher m = LINK.matcher(mailer.to(email).get(0).body());
    if (!m.find()) {
      throw new IllegalStateException("no survey link in the demo outbox for " + email);
    }
    return m.group(1);
  }
}
