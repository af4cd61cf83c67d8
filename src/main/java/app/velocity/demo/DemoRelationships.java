package app.velocity.demo;

import app.velocity.inventory.Inventory;
import app.velocity.inventory.InventoryResponse;
import app.velocity.inventory.ProfileSharing;
import app.velocity.inventory.Profiles;
import app.velocity.motivation.Drive;
import app.velocity.motivation.estimates.Acquaintance;
import app.velocity.motivation.estimates.Closeness;
import app.velocity.motivation.estimates.KnownFor;
import app.velocity.motivation.estimates.ObservedSetting;
import app.velocity.motivation.estimates.ObserverAnswers;
import app.velocity.motivation.estimates.ObserverQuestion;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.relationships.MapEntry;
import app.velocity.relationships.ObserverEstimates;
import app.velocity.relationships.RelationshipMaps;
import app.velocity.relationships.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Sam Okafor's relationship map in the demo firm: the dozen Northwind colleagues, five with their
 * own results shared with Sam (three of them motivated much like Sam, for the comfort-bias demo),
 * four estimated by Sam (two also by a second estimator), three unknown, and one team. Built
 * through the services the app uses, once.
 */
@Component
@Order(20)
class DemoRelationships implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoRelationships.class);
  private static final String SAM = "sam.okafor@northwind.example";

  private final boolean enabled;
  private final Directory directory;
  private final Inventory inventory;
  private final Profiles profiles;
  private final ProfileSharing sharing;
  private final RelationshipMaps maps;
  private final ObserverEstimates estimates;
  private final Teams teams;

  DemoRelationships(
      @Value("${velocity.demo:false}") boolean enabled,
      Directory directory,
      Inventory inventory,
      Profiles profiles,
      ProfileSharing sharing,
      RelationshipMaps maps,
      ObserverEstimates estimates,
      Teams teams) {
    this.enabled = enabled;
    this.directory = directory;
    this.inventory = inventory;
    this.profiles = profiles;
    this.sharing = sharing;
    this.maps = maps;
    this.estimates = estimates;
    this.teams = teams;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    Optional<PersonView> sam = directory.personByEmail(SAM);
    if (sam.isEmpty() || !maps.entries(sam.get().id()).isEmpty()) {
      return;
    }
    load(sam.get());
    log.info("Demo mode: loaded Sam Okafor's relationship map, estimates and a team.");
  }

  void load(PersonView samView) {
    CurrentUser sam = CurrentUser.of(samView);
    if (profiles.latest(sam.id()).isEmpty()) {
      take(sam.id(), new int[] {2, 5, 3}, new int[] {1, 6, 3});
    }
    // Shared results: three much like Sam (Performance-led), one Process, one People.
    PersonView marcus = shared("Marcus Reed", sam, new int[] {2, 5, 3}, new int[] {1, 6, 3});
    PersonView diego = shared("Diego Alvarez", sam, new int[] {2, 6, 2}, new int[] {2, 6, 2});
    PersonView noah = shared("Noah Schmidt", sam, new int[] {3, 5, 2}, new int[] {2, 5, 3});
    PersonView priya = shared("Priya Raman", sam, new int[] {2, 2, 6}, new int[] {1, 2, 7});
    PersonView julia = shared("Julia Novak", sam, new int[] {6, 2, 2}, new int[] {6, 1, 3});
    PersonView grace = colleague("Grace Kim");
    PersonView ben = colleague("Ben Carter");
    PersonView omar = colleague("Omar Haddad");
    PersonView aiko = colleague("Aiko Tanaka");

    add(sam, marcus, 4, Frequency.DAILY, 5, 4, "Runs the northern region; we think alike.");
    add(sam, diego, 4, Frequency.SEVERAL_TIMES_A_WEEK, 5, 3, "My first call when things slip.");
    add(sam, noah, 3, Frequency.WEEKLY, 4, 4, "");
    add(
        sam,
        priya,
        5,
        Frequency.MONTHLY,
        2,
        2,
        "Her forecasts decide the network plan; our meetings end in silence.");
    add(sam, julia, 4, Frequency.MONTHLY, 3, 2, "Restructuring of the depots.");
    add(sam, grace, 5, Frequency.RARELY, 1, 3, "Budget sign-off; I tend to send someone else.");
    add(sam, ben, 3, Frequency.WEEKLY, 4, 2, "Pleasant meetings, few decisions.");
    add(sam, omar, 4, Frequency.SEVERAL_TIMES_A_WEEK, 3, 4, "");
    add(sam, aiko, 2, Frequency.MONTHLY, 3, 4, "");
    add(sam, colleague("Sofia Rossi"), 3, Frequency.MONTHLY, 3, 3, "");
    add(sam, colleague("Ella Murphy"), 4, Frequency.RARELY, 2, 3, "Audit findings keep coming.");
    add(sam, colleague("Kwame Mensah"), 2, Frequency.RARELY, 4, 4, "");

    Acquaintance years =
        Acquaintance.of(
            KnownFor.ONE_TO_THREE_YEARS,
            Closeness.MONTHLY,
            ObservedSetting.ROUTINE_WORK,
            ObservedSetting.UNDER_PRESSURE);
    Acquaintance close =
        Acquaintance.of(
            KnownFor.MORE_THAN_THREE_YEARS,
            Closeness.WEEKLY,
            ObservedSetting.ROUTINE_WORK,
            ObservedSetting.ONE_TO_ONE);
    estimates.submit(sam, null, grace.id(), years, answers("RRRFRRRRRFRP"), false);
    estimates.submit(sam, null, ben.id(), close, answers("PPPPRPPFPP-F"), true);
    estimates.submit(sam, null, omar.id(), close, answers("FFFPFFRFFF--"), false);
    estimates.submit(sam, null, aiko.id(), years, answers("RRPR-RRRR-PF"), false);

    // Second estimators: Sam's coach estimates Grace for Sam; Lena estimates Ben for her coach.
    directory
        .person(samView.coach())
        .map(CurrentUser::of)
        .ifPresent(
            coach ->
                estimates.submit(
                    coach, sam.id(), grace.id(), years, answers("RRRRFRRPRRFP"), false));
    directory
        .personByEmail("lena.hoffmann@northwind.example")
        .map(CurrentUser::of)
        .ifPresent(
            lena -> estimates.submit(lena, null, ben.id(), years, answers("PPFPPPPPPP-F"), true));

    maps.shareWithCoach(sam, true);
    teams.create(
        sam,
        "Operations leadership",
        List.of(sam.id(), marcus.id(), diego.id(), priya.id(), grace.id(), omar.id()));
  }

  private PersonView colleague(String name) {
    return directory
        .personByEmail(
            name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@northwind.example")
        .orElseThrow();
  }

  private PersonView shared(String name, CurrentUser sam, int[] goingWell, int[] conflict) {
    PersonView person = colleague(name);
    if (profiles.latest(person.id()).isEmpty()) {
      take(person.id(), goingWell, conflict);
    }
    sharing.share(person.id(), sam.id());
    return person;
  }

  private void add(
      CurrentUser sam,
      PersonView person,
      int importance,
      Frequency frequency,
      int ease,
      int effectiveness,
      String notes) {
    maps.add(
        sam, new MapEntry(person.id(), importance, frequency, ease, effectiveness, notes), null);
  }

  /** One pick per question in order: P People, F Performance, R Process, - can't say. */
  private ObserverAnswers answers(String picks) {
    List<ObserverQuestion> questions = estimates.questionnaire().questions();
    ObserverAnswers answers = ObserverAnswers.none();
    for (int i = 0; i < questions.size() && i < picks.length(); i++) {
      Drive drive =
          switch (picks.charAt(i)) {
            case 'P' -> Drive.PEOPLE;
            case 'F' -> Drive.PERFORMANCE;
            case 'R' -> Drive.PROCESS;
            default -> null;
          };
      if (drive != null) {
        answers = answers.pick(questions.get(i).id(), drive);
      }
    }
    return answers;
  }

  /** Takes the whole inventory with the same points on every item of each part. */
  private void take(PersonId person, int[] goingWell, int[] conflict) {
    InventoryResponse response = inventory.startOrResume(person);
    List<Item> items = new ArrayList<>(response.items());
    for (Item item : items) {
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
    inventory.complete(person, response.id());
  }
}
