package app.velocity;

import app.velocity.identity.Accounts;
import app.velocity.identity.ApiTokens;
import app.velocity.inventory.Inventory;
import app.velocity.inventory.InventoryResponse;
import app.velocity.inventory.ProfileResult;
import app.velocity.motivation.Drive;
import app.velocity.motivation.items.Item;
import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Creates people and organisations through the same services the application uses. */
@TestComponent
public class Fixtures {

  public static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Directory directory;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final Inventory inventory;

  Fixtures(Directory directory, Accounts accounts, ApiTokens tokens, Inventory inventory) {
    this.directory = directory;
    this.accounts = accounts;
    this.tokens = tokens;
    this.inventory = inventory;
    // until a firm admin exists, every page leads to the first-run setup
    if (!directory.hasActiveFirmAdmin()) {
      admin();
    }
  }

  public static String unique(String prefix) {
    return prefix
        + "-"
        + COUNTER.incrementAndGet()
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  public OrganisationView organisation() {
    return directory.addOrganisation(unique("Org"));
  }

  /** A person who can sign in with {@link #PASSWORD}. */
  public PersonView person(Role role, OrganisationView organisation) {
    PersonView person = withoutPassword(role, organisation);
    accounts.setPassword(person.id(), PASSWORD);
    if (directory.firmName().isEmpty()) {
      directory.nameFirm("Test firm");
    }
    return person;
  }

  /** A person in the directory who has no password (yet): invited, or never signed in. */
  public PersonView withoutPassword(Role role, OrganisationView organisation) {
    String name = unique(role.name().toLowerCase());
    return directory.addPerson(
        new NewPerson(
            name,
            name + "@example.test",
            role,
            role.belongsToClient() ? organisation.id() : null,
            null));
  }

  public PersonView admin() {
    return person(Role.FIRM_ADMIN, null);
  }

  public PersonView coachOf(PersonView executive) {
    PersonView coach = person(Role.COACH, null);
    directory.assignCoach(executive.id(), coach.id());
    return coach;
  }

  public String token(PersonView person) {
    return tokens.create(person.id(), "test").secret();
  }

  /**
   * Has the person take the whole inventory, giving every going-well item the points {@code
   * goingWell} (People, Performance, Process; summing to 10) and every conflict item {@code
   * conflict}, so that the scores come out as ten times those points.
   */
  public ProfileResult profile(PersonView person, int[] goingWell, int[] conflict) {
    InventoryResponse response = inventory.startOrResume(person.id());
    for (Item item : response.items()) {
      int[] p = item.id().startsWith("GW") ? goingWell : conflict;
      inventory.answer(
          person.id(),
          response.id(),
          item.id(),
          Map.of(
              item.endingFor(Drive.PEOPLE).id(), p[0],
              item.endingFor(Drive.PERFORMANCE).id(), p[1],
              item.endingFor(Drive.PROCESS).id(), p[2]));
    }
    return inventory.complete(person.id(), response.id());
  }

  public Directory directory() {
    return directory;
  }
}
