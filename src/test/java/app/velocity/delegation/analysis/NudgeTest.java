package app.velocity.delegation.analysis;

import static app.velocity.delegation.analysis.Criticality.CRITICAL;
import static app.velocity.delegation.analysis.Criticality.ROUTINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.motivation.DriveScores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NudgeTest {

  private static final DriveScores WORK = new DriveScores(30, 30, 40);

  private final DriveScores executive = new DriveScores(70, 20, 10);
  private final Map<String, DriveScores> team =
      Map.of(
          "ana", new DriveScores(60, 30, 10),
          "dee", new DriveScores(65, 15, 20),
          "ben", new DriveScores(10, 70, 20),
          "cy", new DriveScores(10, 20, 70));

  /** Critical decisions among one alike (ana) and two others; the first {@code toAna} go to Ana. */
  private List<Decision> oneAlikeOfThree(int toAna, int toOthers) {
    var history = new ArrayList<Decision>();
    for (int i = 0; i < toAna + toOthers; i++) {
      history.add(
          new Decision(WORK, CRITICAL, List.of("ana", "ben", "cy"), i < toAna ? "ana" : "cy"));
    }
    return history;
  }

  @Test
  void nudgesWhenRecentCriticalWorkWentToAlikePeopleFarBeyondTheirShare() {
    var nudge = Nudge.from(oneAlikeOfThree(6, 2), executive, team).orElseThrow();
    assertThat(nudge.toAlike()).isEqualTo(6);
    assertThat(nudge.recentCritical()).isEqualTo(8);
    assertThat(nudge.sentence())
        .startsWith("Before you choose: 6 of your last 8 critical pieces of work")
        .contains("only 33% of the candidates");
  }

  @Test
  void looksOnlyAtTheLastEightCriticalDecisions() {
    var history = new ArrayList<>(oneAlikeOfThree(6, 0));
    history.addAll(oneAlikeOfThree(0, 4)); // 6 to Ana long ago, then 4 elsewhere: 4 of last 8
    assertThat(Nudge.from(history, executive, team)).isEmpty();
  }

  @Test
  void ignoresRoutineWork() {
    var history = new ArrayList<>(oneAlikeOfThree(4, 4));
    for (int i = 0; i < 8; i++) {
      history.add(new Decision(WORK, ROUTINE, List.of("ana", "ben"), "ana"));
    }
    assertThat(Nudge.from(history, executive, team)).isEmpty();
  }

  @Test
  void staysQuietWhenAlikePeopleAreMostOfTheCandidates() {
    var history = new ArrayList<Decision>();
    for (int i = 0; i < 8; i++) {
      history.add(
          new Decision(WORK, CRITICAL, List.of("ana", "dee", "ben"), i < 6 ? "ana" : "ben"));
    }
    // 75% chosen alike vs 67% of candidates alike: only 8 points above their share
    assertThat(Nudge.from(history, executive, team)).isEmpty();
  }

  @Test
  void needsAtLeastFiveToAlike() {
    assertThat(Nudge.from(oneAlikeOfThree(4, 0), executive, team)).isEmpty();
    assertThat(Nudge.from(oneAlikeOfThree(5, 0), executive, team)).isPresent();
  }

  @Test
  void rejectsAHistoryNamingAnUnknownPerson() {
    var history = List.of(new Decision(WORK, CRITICAL, List.of("ana", "max"), "ana"));
    assertThatThrownBy(() -> Nudge.from(history, executive, team))
        .isInstanceOf(UnknownPerson.class)
        .hasMessageContaining("'max'");
  }
}
