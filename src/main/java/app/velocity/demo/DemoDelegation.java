package app.velocity.demo;

import app.velocity.delegation.DelegationAdvisor;
import app.velocity.delegation.NewWork;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.Similarity;
import app.velocity.inventory.Inventory;
import app.velocity.inventory.InventoryResponse;
import app.velocity.inventory.ProfileResult;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.RelationshipMaps;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sam Okafor's delegation in demo mode: about thirty decisions over the last four quarters, most of
 * them critical, with a clear lean toward colleagues motivated like him (Performance-led), some
 * outcomes rated, and two pieces of work still open. Candidates come from the advisor, that is from
 * Sam's relationship map (loaded by the relationship demo, which runs first). When no Northwind
 * colleague has shared a result with him, eight of them take the inventory here, share it with him
 * and go on his map, spread over the triangle with three close to Sam.
 */
@Component
@Order(50)
class DemoDelegation implements ApplicationRunner {

  static final String SAM = "sam.okafor@northwind.example";

  private static final Logger log = LoggerFactory.getLogger(DemoDelegation.class);

  /** Going-well points per item (People, Performance, Process), ten in all. */
  private static final Map<String, int[]> COLLEAGUES =
      Map.of(
          "priya.raman@northwind.example", new int[] {1, 2, 7},
          "diego.alvarez@northwind.example", new int[] {2, 6, 2},
          "grace.kim@northwind.example", new int[] {1, 3, 6},
          "omar.haddad@northwind.example", new int[] {3, 6, 1},
          "julia.novak@northwind.example", new int[] {7, 1, 2},
          "ben.carter@northwind.example", new int[] {6, 2, 2},
          "aiko.tanaka@northwind.example", new int[] {2, 2, 6},
          "marcus.reed@northwind.example", new int[] {2, 7, 1});

  private record Work(String title, Criticality criticality, DriveScores demand) {}

  private static final List<Work> PAST =
      List.of(
          new Work("Renegotiate the carrier contracts", Criticality.CRITICAL, d(15, 60, 25)),
          new Work("Audit the warehouse stock counts", Criticality.CRITICAL, d(10, 20, 70)),
          new Work("Onboarding programme for new drivers", Criticality.CRITICAL, d(60, 15, 25)),
          new Work("Recover the late Rotterdam shipments", Criticality.CRITICAL, d(15, 65, 20)),
          new Work("Rebuild the fuel-cost forecast", Criticality.CRITICAL, d(10, 25, 65)),
          new Work("Calm the night-shift dispute", Criticality.CRITICAL, d(65, 20, 15)),
          new Work("Roll out the new routing software", Criticality.CRITICAL, d(20, 30, 50)),
          new Work("Win back the pharma account", Criticality.CRITICAL, d(35, 50, 15)),
          new Work("Customs compliance review", Criticality.CRITICAL, d(10, 15, 75)),
          new Work("Mentoring scheme for shift leads", Criticality.CRITICAL, d(70, 10, 20)),
          new Work("Cut depot turnaround time", Criticality.CRITICAL, d(20, 55, 25)),
          new Work("Safety incident investigation", Criticality.CRITICAL, d(30, 10, 60)),
          new Work("Quarterly budget close", Criticality.IMPORTANT, d(10, 30, 60)),
          new Work("Supplier quality scorecards", Criticality.ROUTINE, d(15, 25, 60)),
          new Work("Customer complaint backlog", Criticality.IMPORTANT, d(50, 30, 20)));

  private final boolean enabled;
  private final Directory directory;
  private final DelegationAdvisor advisor;
  private final ProfileSharing sharing;
  private final Inventory inventory;
  private final RelationshipMaps maps;

  DemoDelegation(
      @Value("${velocity.demo:false}") boolean enabled,
      Directory directory,
      DelegationAdvisor advisor,
      ProfileSharing sharing,
      Inventory inventory,
      RelationshipMaps maps) {
    this.maps = maps;
    this.enabled = enabled;
    this.directory = directory;
    this.advisor = advisor;
    this.sharing = sharing;
    this.inventory = inventory;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    Optional<PersonView> found = directory.personByEmail(SAM);
    if (found.isEmpty()) {
      return;
    }
    PersonView sam = found.get();
    CurrentUser me = CurrentUser.of(sam);
    if (!advisor.workOf(me).isEmpty()) {
      return;
    }
    load(sam, me);
    log.info("Demo mode: loaded Sam Okafor's delegation history.");
  }

  void load(PersonView sam, CurrentUser me) {
    DriveScores samScores =
        sharing
            .latestVisibleTo(me, sam.id(), "demo")
            .orElseGet(() -> take(sam.id(), new int[] {2, 6, 2}, new int[] {2, 7, 1}))
            .profile()
            .goingWell();
    boolean anyShared =
        sharing.sharedWith(sam.id()).stream()
            .map(directory::person)
            .flatMap(Optional::stream)
            .anyMatch(p -> sam.organisation().equals(p.organisation()));
    if (!anyShared) {
      COLLEAGUES.forEach(
          (email, points) ->
              directory
                  .personByEmail(email)
                  .ifPresent(
                      p -> {
                        if (sharing.latestVisibleTo(CurrentUser.of(p), p.id(), "demo").isEmpty()) {
                          take(p.id(), points, conflict(points));
                        }
                        sharing.share(p.id(), sam.id());
                        if (maps.entry(me, p.id()).isEmpty()) {
                          maps.add(me, new MapEntry(p.id(), 4, Frequency.WEEKLY, 3, 3, ""), null);
                        }
                      }));
    }

    Random random = new Random(20_261_127L);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    int decisions = 30;
    for (int i = 0; i < decisions; i++) {
      Work work = PAST.get(i % PAST.size());
      Criticality criticality = work.criticality();
      List<DelegationAdvisor.CandidateView> all = advisor.candidatesFor(me, work.demand());
      if (all.size() < 2) {
        log.info("Demo mode: Sam has fewer than two candidates; no delegation history loaded.");
        return;
      }
      List<DelegationAdvisor.CandidateView> considered = pick(all, samScores, random);
      DelegationAdvisor.CandidateView best = considered.get(0);
      DelegationAdvisor.CandidateView closest =
          considered.stream()
              .min(Comparator.comparingDouble(c -> c.goingWell().distanceTo(samScores)))
              .orElseThrow();
      boolean comfort = random.nextDouble() < 0.75;
      DelegationAdvisor.CandidateView chosen = comfort ? closest : best;
      String why =
          chosen == best
              ? "Best fit for the work on paper, and " + first(chosen) + " was free."
              : "I know " + first(chosen) + " will get it done without fuss.";
      LocalDate on = today.minusDays(355 - 12L * i - random.nextInt(4));
      var id =
          advisor.recordPast(
              me,
              new NewWork(work.title(), "", criticality, work.demand(), "", null),
              on,
              new DelegationAdvisor.Choice(
                  PersonId.parse(chosen.person()),
                  why,
                  considered.stream().map(c -> PersonId.parse(c.person())).toList()));
      if (i % 5 != 4 && on.isBefore(today.minusDays(30))) {
        boolean bestFit = chosen == best;
        int rating = bestFit ? 4 + random.nextInt(2) : 2 + random.nextInt(2);
        advisor.rateOutcome(
            me,
            id,
            rating,
            bestFit
                ? "Delivered on time; the approach suited the work."
                : "Got done, but the work needed more "
                    + strongest(work.demand()).label().toLowerCase(java.util.Locale.ROOT)
                    + " than it got.");
      }
    }
    advisor.create(
        me,
        new NewWork(
            "Redesign the returns process",
            "Returns take nine days end to end; customers want three.",
            Criticality.CRITICAL,
            d(15, 25, 60),
            "process mapping, WMS",
            today.plusWeeks(6)));
    advisor.create(
        me,
        new NewWork(
            "Offsite for the regional managers",
            "Two days to rebuild trust after the reorganisation.",
            Criticality.IMPORTANT,
            d(65, 20, 15),
            "facilitation",
            today.plusWeeks(3)));
  }

  /**
   * Three to five candidates, the best fit always among them (the advisor shows it first) and at
   * least one colleague motivated like Sam when there is one.
   */
  private static List<DelegationAdvisor.CandidateView> pick(
      List<DelegationAdvisor.CandidateView> ranked, DriveScores sam, Random random) {
    int k = Math.min(ranked.size(), 3 + random.nextInt(3));
    List<DelegationAdvisor.CandidateView> rest = new ArrayList<>(ranked.subList(1, ranked.size()));
    Collections.shuffle(rest, random);
    List<DelegationAdvisor.CandidateView> chosen = new ArrayList<>();
    chosen.add(ranked.get(0));
    rest.stream()
        .filter(c -> Similarity.motivatedAlike(sam, c.goingWell()))
        .findFirst()
        .ifPresent(chosen::add);
    for (var c : rest) {
      if (chosen.size() >= k) {
        break;
      }
      if (!chosen.contains(c)) {
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(DelegationAdvisor.CandidateView::rank));
    return chosen;
  }

  private ProfileResult take(PersonId person, int[] goingWell, int[] conflict) {
    InventoryResponse response = inventory.startOrResume(person);
    for (Item item : response.items()) {
      int[] p = item.id().startsWith("GW") ? goingWell : conflict;
      inventory.answer(
          person,
          response.id(),
          item.id(),
          Map.of(
              item.endingFor(Drive.PEOPLE).id(), p[0],
              item.endingFor(Drive.PERFORMANCE).id(), p[1],
              item.endingFor(Drive.PROCESS).id(), p[2]));
    }
    return inventory.complete(person, response.id());
  }

  /** Under conflict a point moves from the strongest drive to the next. */
  private static int[] conflict(int[] points) {
    int[] c = points.clone();
    int top = 0;
    for (int i = 1; i < 3; i++) {
      if (c[i] > c[top]) {
        top = i;
      }
    }
    c[top]--;
    c[(top + 1) % 3]++;
    return c;
  }

  private static Drive strongest(DriveScores s) {
    return Similarity.dominantDrive(s);
  }

  private static String first(DelegationAdvisor.CandidateView c) {
    int space = c.name().indexOf(' ');
    return space > 0 ? c.name().substring(0, space) : c.name();
  }

  private static DriveScores d(double people, double performance, double process) {
    return new DriveScores(people, performance, process);
  }
}
