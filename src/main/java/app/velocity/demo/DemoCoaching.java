package app.velocity.demo;

import app.velocity.coaching.Coaching;
import app.velocity.coaching.Scheduling;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: Sam Okafor's engagement with Maria, about six months in: the agreement accepted, two
 * goals with levels and reviews, past sessions with shared notes (one with a private note of
 * Maria's), the next session booked, actions (one overdue) and a journal. Built through the
 * coaching services, once.
 */
@Component
@Order(40)
class DemoCoaching implements ApplicationRunner {

  static final String SAM = "sam.okafor@northwind.example";
  static final String MARIA = "coach.maria@demo.velocity.app";
  static final String HARRIET = "harriet.cole@northwind.example";

  private static final Logger log = LoggerFactory.getLogger(DemoCoaching.class);

  private final boolean enabled;
  private final Directory directory;
  private final Coaching coaching;
  private final Scheduling scheduling;
  private final Clock clock;

  DemoCoaching(
      @Value("${velocity.demo:false}") boolean enabled,
      Directory directory,
      Coaching coaching,
      Scheduling scheduling,
      Clock clock) {
    this.enabled = enabled;
    this.directory = directory;
    this.coaching = coaching;
    this.scheduling = scheduling;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    var sam = directory.personByEmail(SAM);
    var maria = directory.personByEmail(MARIA);
    if (sam.isEmpty() || maria.isEmpty()) {
      return;
    }
    if (!coaching.visibleTo(CurrentUser.of(sam.get())).isEmpty()) {
      return;
    }
    load(sam.get(), maria.get(), directory.personByEmail(HARRIET).orElse(null));
    log.info("Demo mode: loaded Sam Okafor's coaching engagement with Maria Lindqvist.");
  }

  void load(PersonView samPerson, PersonView mariaPerson, PersonView harriet) {
    CurrentUser sam = CurrentUser.of(samPerson);
    CurrentUser maria = CurrentUser.of(mariaPerson);
    LocalDate today = LocalDate.now(clock);
    LocalDate start = today.minusMonths(6);
    UUID engagement =
        on(start.minusDays(7))
            .open(
                maria,
                new Coaching.Opening(
                    samPerson.id(),
                    null,
                    harriet != null && harriet.role() == Role.SPONSOR
                        ? List.of(harriet.id())
                        : List.of(),
                    start,
                    start.plusMonths(12),
                    false));
    on(start.minusDays(5)).acceptAgreement(sam, engagement);

    UUID delegate =
        on(start.plusDays(8))
            .defineGoal(
                maria,
                engagement,
                "Hand critical work to the best-suited person, not the most comfortable one",
                List.of(
                    "Critical work still goes to the two or three people I find easiest",
                    "I compare candidates now and then, but mostly pick the familiar ones",
                    "I compare at least three people for each critical piece and choose by fit",
                    "As 0, and I explain my choice to the team",
                    "The team sees fair, fit-based delegation; people ask me for stretch work"));
    UUID listen =
        on(start.plusDays(8))
            .defineGoal(
                maria,
                engagement,
                "Stay in the conversation when colleagues disagree with me",
                List.of(
                    "I cut disagreements short or avoid the people who raise them",
                    "I listen, but decide before the other person has finished",
                    "I ask two questions before I answer an objection",
                    "As 0, and I follow up afterwards with the person who disagreed",
                    "People bring me bad news early because they expect a fair hearing"));
    Coaching monthTwo = on(start.plusMonths(2));
    monthTwo.scoreGoal(maria, engagement, delegate, -1, "Baseline review at month two");
    monthTwo.scoreGoal(maria, engagement, listen, -1, "Baseline review at month two");
    on(start.plusMonths(4)).scoreGoal(maria, engagement, delegate, 0, "Review at month four");
    Coaching monthSix = on(today.minusDays(14));
    monthSix.scoreGoal(maria, engagement, delegate, 1, "Review at month six");
    monthSix.scoreGoal(maria, engagement, listen, 0, "Review at month six");

    String[][] past = {
      {
        "175",
        "Contracting: what you want to change and how we will know",
        "We agreed on two goals and how the sponsor will follow progress."
      },
      {
        "140",
        "Your profile and your relationship map",
        "Sam noticed that Priya and Grace get most of the critical work."
      },
      {
        "105",
        "Delegation: comparing candidates by fit",
        "Tried the three-candidate comparison on the depot audit; Diego led it."
      },
      {
        "70",
        "Disagreement in the leadership meeting",
        "Practised asking two questions before answering an objection."
      },
      {
        "35",
        "Review at month five",
        "Both goals moving; next: follow up with the people who disagreed."
      },
      {
        "14",
        "Preparing the stakeholder check-in",
        "Sam will ask Ben and Aiko for feedback in person."
      }
    };
    UUID second = null;
    for (int i = 0; i < past.length; i++) {
      UUID session =
          scheduling.schedule(
              maria,
              engagement,
              new Scheduling.SessionPlan(
                  today.minusDays(Integer.parseInt(past[i][0])),
                  LocalTime.of(9, 0),
                  "Europe/London",
                  75,
                  "Northwind head office, room 4.2",
                  null,
                  past[i][1]));
      scheduling.writeSharedNotes(maria, engagement, session, past[i][2]);
      if (i == 1) {
        second = session;
      }
    }
    scheduling.writePrivateNotes(
        maria,
        engagement,
        second,
        "Sam's energy dropped when we spoke about Diego. Explore the conflict sequence next time.");
    UUID compared =
        scheduling.followUp(
            sam,
            engagement,
            second,
            "Compare three people for the Q3 depot audit before choosing",
            today.minusDays(120));
    on(today.minusDays(122)).completeAction(sam, engagement, compared);

    scheduling.schedule(
        maria,
        engagement,
        new Scheduling.SessionPlan(
            today.plusDays(9),
            LocalTime.of(14, 0),
            "Europe/London",
            60,
            null,
            "https://meet.demo.velocity.app/sam-maria",
            "Month-seven review: both goals, and what the stakeholders said"));

    UUID done =
        on(today.minusDays(70))
            .commitAction(
                sam,
                engagement,
                "Ask Diego to lead the warehouse safety review",
                today.minusDays(60));
    on(today.minusDays(62)).completeAction(sam, engagement, done);
    on(today.minusDays(35))
        .commitAction(
            sam,
            engagement,
            "Follow up with Grace after the budget disagreement",
            today.minusDays(5));
    on(today.minusDays(14))
        .commitAction(
            sam,
            engagement,
            "Write down who gets each critical task this month, and why",
            today.plusDays(20));

    on(today.minusDays(138))
        .writeJournal(
            sam,
            engagement,
            "I keep giving the tricky jobs to Priya because she never pushes back. That is comfort,"
                + " not fit.",
            true);
    on(today.minusDays(96))
        .writeJournal(
            sam,
            engagement,
            "Diego's review was better than I expected. I should have asked him months ago.",
            true);
    on(today.minusDays(68))
        .writeJournal(
            sam,
            engagement,
            "Honestly, the leadership meeting still wears me out. Not ready to talk about it yet.",
            false);
  }

  /**
   * The coaching service as it was at 10:00 on that day, so that the engagement, reviews, actions
   * and journal carry the dates they would have had six months in (sessions take their own dates).
   */
  private Coaching on(LocalDate day) {
    return coaching.asOf(
        Clock.fixed(day.atTime(10, 0).atZone(clock.getZone()).toInstant(), clock.getZone()));
  }
}
