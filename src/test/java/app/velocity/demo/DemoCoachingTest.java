package app.velocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementStatus;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.SessionView;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Demo mode gives Sam Okafor an engagement with Maria about six months in, once. */
@SpringBootTest(properties = "velocity.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabase.class)
class DemoCoachingTest {

  @Autowired Directory directory;
  @Autowired Coaching coaching;
  @Autowired DemoCoaching demo;

  private CurrentUser user(String email) {
    return CurrentUser.of(directory.personByEmail(email).orElseThrow());
  }

  @Test
  void samsEngagementIsSixMonthsInWithSessionsGoalsActionsAndAJournal() {
    var engagements = coaching.visibleTo(user(DemoCoaching.SAM));
    assertThat(engagements).hasSize(1);
    EngagementView sam = engagements.get(0);
    assertThat(sam.status()).isEqualTo(EngagementStatus.ACTIVE);
    assertThat(sam.coach()).isEqualTo("Maria Lindqvist");
    assertThat(sam.startsOn()).isEqualTo(LocalDate.now().minusMonths(6));
    assertThat(sam.goals()).hasSize(2).allSatisfy(g -> assertThat(g.scores()).isNotEmpty());
    assertThat(sam.sessions()).filteredOn(SessionView::held).hasSizeGreaterThanOrEqualTo(5);
    assertThat(sam.sessions()).filteredOn(s -> s.state().equals("upcoming")).hasSize(1);
    assertThat(sam.sessions())
        .filteredOn(SessionView::held)
        .allSatisfy(s -> assertThat(s.sharedNotes()).isNotBlank());
    assertThat(sam.actions()).filteredOn(EngagementView.ActionView::overdue).hasSize(1);
    assertThat(sam.journal()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(sam.sessions()).allSatisfy(s -> assertThat(s.privateNotes()).isNull());

    // Dated as six months of work would be, not all on the day the demo loads.
    LocalDate start = sam.startsOn();
    assertThat(sam.journal())
        .extracting(j -> j.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())
        .allSatisfy(d -> assertThat(d).isAfter(start).isBefore(LocalDate.now().minusMonths(2)))
        .doesNotHaveDuplicates();
    assertThat(sam.sessions())
        .filteredOn(SessionView::held)
        .allSatisfy(
            s -> assertThat(s.start().toLocalDate()).isAfter(start).isBefore(LocalDate.now()));

    EngagementView maria = coaching.view(user(DemoCoaching.MARIA), sam.id());
    assertThat(maria.sessions()).filteredOn(s -> s.privateNotes() != null).hasSize(1);
    assertThat(maria.journal()).hasSizeLessThan(sam.journal().size()).isNotEmpty();

    EngagementView harriet = coaching.view(user(DemoCoaching.HARRIET), sam.id());
    assertThat(harriet.progress().sessionsHeld()).isGreaterThanOrEqualTo(5);
    assertThat(harriet.progress().tScore()).isNotNull();
  }

  @Test
  void runningAgainAddsNothing() throws Exception {
    demo.run(null);
    assertThat(coaching.visibleTo(user(DemoCoaching.SAM))).hasSize(1);
  }
}
