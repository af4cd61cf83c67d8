package app.velocity.delegation;

import app.velocity.Fixtures;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.RelationshipMaps;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A Performance-led executive (20/60/20) with five colleagues who shared their results with him:
 * two motivated like him and three who are not, plus one colleague who did not share and one person
 * of another organisation who did.
 */
final class DelegationWorld {

  final Fixtures fixtures;
  final OrganisationView org;
  final PersonView exec;
  final PersonView alikeA; // 20/60/20
  final PersonView alikeB; // 30/50/20
  final PersonView process; // 10/20/70
  final PersonView people; // 70/10/20
  final PersonView peopleProcess; // 40/10/50
  final PersonView unshared; // 10/10/80, never shared
  final PersonView outsider; // another organisation, shared anyway

  DelegationWorld(Fixtures fixtures, ProfileSharing sharing, RelationshipMaps maps) {
    this(fixtures, sharing, maps, new int[] {1, 2, 7});
  }

  /** The same world with the Process-led colleague's points chosen by the test. */
  DelegationWorld(
      Fixtures fixtures, ProfileSharing sharing, RelationshipMaps maps, int[] processPoints) {
    this.fixtures = fixtures;
    org = fixtures.organisation();
    exec = fixtures.person(Role.EXECUTIVE, org);
    fixtures.profile(exec, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    alikeA = colleague(new int[] {2, 6, 2});
    alikeB = colleague(new int[] {3, 5, 2});
    process = colleague(processPoints);
    people = colleague(new int[] {7, 1, 2});
    peopleProcess = colleague(new int[] {4, 1, 5});
    for (PersonView p : List.of(alikeA, alikeB, process, people, peopleProcess)) {
      sharing.share(p.id(), exec.id());
    }
    unshared = colleague(new int[] {1, 1, 8});
    // candidates are the people on his map: all of them, including the one who did not share
    for (PersonView p : List.of(alikeA, alikeB, process, people, peopleProcess, unshared)) {
      maps.add(me(), new MapEntry(p.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
    }
    outsider = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    fixtures.profile(outsider, new int[] {1, 1, 8}, new int[] {1, 1, 8});
    sharing.share(outsider.id(), exec.id());
  }

  private PersonView colleague(int[] points) {
    PersonView p = fixtures.person(Role.COLLEAGUE, org);
    fixtures.profile(p, points, points);
    return p;
  }

  CurrentUser me() {
    return CurrentUser.of(exec);
  }

  static NewWork critical(String title, DriveScores demand) {
    return new NewWork(title, "", Criticality.CRITICAL, demand, "", null);
  }

  private static final List<DriveScores> DEMANDS =
      List.of(
          new DriveScores(15, 15, 70), new DriveScores(70, 15, 15), new DriveScores(40, 20, 40));

  /**
   * Records {@code n} past critical decisions, each among one colleague motivated like the
   * executive and the three who are not, for work whose demand cycles over three corners of the
   * triangle. Biased: the alike colleague, except every fourth decision, which goes to the best
   * fit. Fair: always the best fit.
   */
  void history(DelegationAdvisor advisor, int n, boolean biased) {
    for (int i = 0; i < n; i++) {
      PersonView alike = i % 2 == 0 ? alikeA : alikeB;
      DriveScores demand = DEMANDS.get(i % DEMANDS.size());
      List<PersonView> considered = List.of(alike, process, people, peopleProcess);
      PersonView best =
          considered.stream()
              .max(
                  java.util.Comparator.comparingDouble(
                      p ->
                          app.velocity.delegation.analysis.MotivationalFit.of(
                              goingWell(p), demand)))
              .orElseThrow();
      PersonView chosen = biased && i % 4 != 3 ? alike : best;
      advisor.recordPast(
          me(),
          critical("Past " + i, demand),
          LocalDate.now().minusDays(200 - 12L * i),
          new DelegationAdvisor.Choice(
              chosen.id(), "because " + i, considered.stream().map(PersonView::id).toList()));
    }
  }

  DriveScores goingWell(PersonView p) {
    if (p == alikeA) {
      return new DriveScores(20, 60, 20);
    } else if (p == alikeB) {
      return new DriveScores(30, 50, 20);
    } else if (p == process) {
      return new DriveScores(10, 20, 70);
    } else if (p == people) {
      return new DriveScores(70, 10, 20);
    }
    return new DriveScores(40, 10, 50);
  }

  UUID openCritical(DelegationAdvisor advisor) {
    return advisor.create(me(), critical("Open work", new DriveScores(15, 15, 70)));
  }
}
