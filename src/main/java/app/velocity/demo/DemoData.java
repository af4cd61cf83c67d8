package app.velocity.demo;

import app.velocity.identity.Accounts;
import app.velocity.identity.FirstRun;
import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo firm once, when demo mode is on and the demo firm is not there yet. Everyone in it
 * signs in with {@link #PASSWORD}; demo mode is for trying Velocity out, never for real data.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  static final String PASSWORD = "velocity-demo";
  static final String ADMIN = "admin@demo.velocity.app";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final boolean enabled;
  private final Directory directory;
  private final Accounts accounts;
  private final FirstRun firstRun;

  DemoData(
      @Value("${velocity.demo:false}") boolean enabled,
      Directory directory,
      Accounts accounts,
      FirstRun firstRun) {
    this.enabled = enabled;
    this.directory = directory;
    this.accounts = accounts;
    this.firstRun = firstRun;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled) {
      return;
    }
    if (directory.personByEmail(ADMIN).isPresent()) {
      log.info("Demo mode: the demo firm is already loaded. Sign in as {} / {}", ADMIN, PASSWORD);
      return;
    }
    load();
    log.warn(
        "Demo mode: loaded the demo firm. Everyone signs in with the password '{}', for example"
            + " {} (firm admin), coach.maria@demo.velocity.app (coach) or"
            + " sam.okafor@northwind.example (executive). Do not use demo mode for real data.",
        PASSWORD,
        ADMIN);
  }

  /** The demo firm: two coaches, two client organisations with executives, colleagues, sponsors. */
  void load() {
    PersonView admin;
    if (firstRun.needsSetup()) {
      admin =
          firstRun.createFirmAdmin(
              "Summit Coaching (demo)", "Alex Admin", ADMIN, PASSWORD, PASSWORD);
    } else {
      admin = person("Alex Admin", ADMIN, Role.FIRM_ADMIN, null, "Practice manager");
    }
    accounts.setPassword(admin.id(), PASSWORD);
    PersonView maria =
        person(
            "Maria Lindqvist",
            "coach.maria@demo.velocity.app",
            Role.COACH,
            null,
            "Executive coach");
    PersonView tom =
        person("Tom Becker", "coach.tom@demo.velocity.app", Role.COACH, null, "Executive coach");

    OrganisationView northwind = directory.addOrganisation("Northwind Logistics");
    PersonView sam =
        person(
            "Sam Okafor",
            "sam.okafor@northwind.example",
            Role.EXECUTIVE,
            northwind,
            "Chief Operating Officer");
    PersonView lena =
        person(
            "Lena Hoffmann",
            "lena.hoffmann@northwind.example",
            Role.EXECUTIVE,
            northwind,
            "VP Sales");
    person(
        "Harriet Cole",
        "harriet.cole@northwind.example",
        Role.SPONSOR,
        northwind,
        "Chief People Officer");
    for (String[] c :
        List.of(
            new String[] {"Priya Raman", "Head of Analytics"},
            new String[] {"Diego Alvarez", "Operations Manager"},
            new String[] {"Grace Kim", "Finance Director"},
            new String[] {"Omar Haddad", "Warehouse Lead"},
            new String[] {"Julia Novak", "HR Business Partner"},
            new String[] {"Ben Carter", "Customer Service Lead"},
            new String[] {"Aiko Tanaka", "Process Engineer"},
            new String[] {"Marcus Reed", "Regional Manager"},
            new String[] {"Sofia Rossi", "Procurement Lead"},
            new String[] {"Noah Schmidt", "Fleet Manager"},
            new String[] {"Ella Murphy", "Quality Manager"},
            new String[] {"Kwame Mensah", "IT Manager"})) {
      person(c[0], email(c[0], "northwind.example"), Role.COLLEAGUE, northwind, c[1]);
    }

    OrganisationView fabrikam = directory.addOrganisation("Fabrikam Health");
    PersonView nadia =
        person(
            "Nadia Petrova",
            "nadia.petrova@fabrikam.example",
            Role.EXECUTIVE,
            fabrikam,
            "Chief Medical Officer");
    person("Victor Lang", "victor.lang@fabrikam.example", Role.SPONSOR, fabrikam, "CEO");
    for (String[] c :
        List.of(
            new String[] {"Irene Walsh", "Head of Nursing"},
            new String[] {"Felix Braun", "Clinical Operations"},
            new String[] {"Amara Nwosu", "Patient Safety Lead"},
            new String[] {"Lucas Moreau", "Research Director"})) {
      person(c[0], email(c[0], "fabrikam.example"), Role.COLLEAGUE, fabrikam, c[1]);
    }

    directory.assignCoach(sam.id(), maria.id());
    directory.assignCoach(lena.id(), maria.id());
    directory.assignCoach(nadia.id(), tom.id());
  }

  private PersonView person(
      String name, String email, Role role, OrganisationView organisation, String title) {
    PersonView person =
        directory.addPerson(
            new NewPerson(
                name, email, role, organisation == null ? null : organisation.id(), title));
    accounts.setPassword(person.id(), PASSWORD);
    return person;
  }

  private static String email(String name, String domain) {
    return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@" + domain;
  }
}
