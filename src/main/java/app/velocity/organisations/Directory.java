package app.velocity.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The firm's directory: its name, its client organisations and their people. The single way other
 * modules add, change or look up people and organisations.
 */
@Service
public class Directory {

  private final Organisations organisations;
  private final People people;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Directory(
      Organisations organisations,
      People people,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.organisations = organisations;
    this.people = people;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  // The firm

  /**
   * The firm's name, shown on every page. Read at most every 30 seconds per instance: a rename on
   * another instance shows here within that time.
   */
  public Optional<String> firmName() {
    CachedFirmName cached = firmName;
    if (cached != null && System.nanoTime() - cached.readAt() < FIRM_NAME_TTL_NANOS) {
      return cached.name();
    }
    Optional<String> name =
        jdbc.sql("select name from firm where id = 1").query(String.class).optional();
    firmName = new CachedFirmName(name, System.nanoTime());
    return name;
  }

  private record CachedFirmName(Optional<String> name, long readAt) {}

  private static final long FIRM_NAME_TTL_NANOS = 30_000_000_000L;
  private volatile CachedFirmName firmName;

  @Transactional
  public void nameFirm(String name) {
    firmName = null;
    String checked = Names.required(name, "firm name");
    int updated = jdbc.sql("update firm set name = ? where id = 1").param(checked).update();
    if (updated == 0) {
      jdbc.sql("insert into firm (id, name, created_at) values (1, ?, ?)")
          .param(checked)
          .param(java.sql.Timestamp.from(now()))
          .update();
    }
  }

  // Organisations

  @Transactional
  public OrganisationView addOrganisation(String name) {
    String checked = Names.required(name, "name");
    if (organisations.nameTaken(checked)) {
      throw new InvalidPersonData("name", "\"" + checked + "\" is already an organisation");
    }
    return organisations.save(Organisation.create(checked, now())).view();
  }

  @Transactional
  public OrganisationView renameOrganisation(OrganisationId id, String name) {
    Organisation organisation = load(id);
    String checked = Names.required(name, "name");
    if (!organisation.view().name().equalsIgnoreCase(checked) && organisations.nameTaken(checked)) {
      throw new InvalidPersonData("name", "\"" + checked + "\" is already an organisation");
    }
    organisation.rename(checked);
    return organisations.save(organisation).view();
  }

  @Transactional
  public void setOrganisationActive(OrganisationId id, boolean active) {
    Organisation organisation = load(id);
    if (active) {
      organisation.reactivate();
    } else {
      organisation.deactivate();
    }
    organisations.save(organisation);
  }

  public Optional<OrganisationView> organisation(OrganisationId id) {
    return organisations.findById(id.value()).map(Organisation::view);
  }

  public List<OrganisationView> organisations() {
    return organisations.allByName().stream().map(Organisation::view).toList();
  }

  // People

  @Transactional
  public PersonView addPerson(NewPerson details) {
    Person person = checked(details);
    if (people.existsByEmail(person.email())) {
      throw new EmailAlreadyInUse(person.email());
    }
    PersonView saved = people.save(person).view();
    events.publishEvent(new PersonAdded(saved.id(), saved.role(), saved.organisation()));
    return saved;
  }

  /**
   * Checks a new person's details as {@link #addPerson} does, with the same messages, without
   * adding anyone and whether or not the address is taken.
   *
   * @throws InvalidPersonData naming the field at fault
   */
  public void checkNewPerson(NewPerson details) {
    checked(details);
  }

  private Person checked(NewPerson details) {
    if (details.organisation() != null) {
      OrganisationView organisation =
          organisation(details.organisation()).orElseThrow(OrganisationNotFound::new);
      if (!organisation.active()) {
        throw new InvalidPersonData("organisation", "is deactivated");
      }
    }
    return Person.create(details, now());
  }

  @Transactional
  public PersonView changePerson(PersonId id, String name, String email, String title) {
    Person person = loadPerson(id);
    String before = person.email();
    person.change(name, email, title);
    boolean moved = !before.equals(person.email());
    if (moved && people.existsByEmail(person.email())) {
      throw new EmailAlreadyInUse(person.email());
    }
    PersonView saved = people.save(person).view();
    if (moved) {
      events.publishEvent(new PersonEmailChanged(id, saved.name(), before, saved.email()));
    }
    return saved;
  }

  @Transactional
  public PersonView assignCoach(PersonId executive, PersonId coach) {
    Person person = loadPerson(executive);
    if (coach != null) {
      Person theCoach = loadPerson(coach);
      if (theCoach.role() != Role.COACH || !theCoach.active()) {
        throw new InvalidPersonData("coach", "must be an active coach");
      }
    }
    person.assignCoach(coach == null ? null : coach.value());
    return people.save(person).view();
  }

  @Transactional
  public void setPersonActive(PersonId id, boolean active) {
    Person person = loadPerson(id);
    if (active) {
      person.reactivate();
    } else {
      if (person.role() == Role.FIRM_ADMIN
          && person.active()
          && people.countActiveFirmAdmins() <= 1) {
        throw new LastFirmAdmin();
      }
      person.deactivate();
    }
    people.save(person);
    if (!active) {
      events.publishEvent(new PersonDeactivated(id));
    }
  }

  public Optional<PersonView> person(PersonId id) {
    // Read on every API call (the bearer token's person) and on most pages: one plain query,
    // without the repository's mapping machinery.
    return jdbc.sql(
            "select id, name, email, role, organisation_id, title, coach_id, active"
                + " from people where id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new PersonView(
                    id,
                    rs.getString("name"),
                    rs.getString("email"),
                    Role.valueOf(rs.getString("role")),
                    optionalId(rs.getObject("organisation_id", UUID.class), OrganisationId::new),
                    rs.getString("title"),
                    optionalId(rs.getObject("coach_id", UUID.class), PersonId::new),
                    rs.getBoolean("active")))
        .optional();
  }

  /**
   * The names of these people in one statement, for pages that show several (an engagement's
   * executive, coach and sponsors); someone not found is not in the map.
   */
  public java.util.Map<PersonId, String> names(java.util.Collection<PersonId> ids) {
    var distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    var names = new java.util.HashMap<PersonId, String>();
    if (distinct.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "select id, name from people where id in ("
                + String.join(", ", java.util.Collections.nCopies(distinct.size(), "?"))
                + ")")
        .params(distinct.stream().map(PersonId::value).toList())
        .query(
            (java.sql.ResultSet rs) -> {
              names.put(new PersonId(rs.getObject("id", UUID.class)), rs.getString("name"));
            });
    return names;
  }

  private static <T> T optionalId(UUID value, java.util.function.Function<UUID, T> wrap) {
    return value == null ? null : wrap.apply(value);
  }

  public Optional<PersonView> personByEmail(String email) {
    // PostgreSQL refuses text with a NUL character; no address holds one, so nobody has it
    if (email == null || email.indexOf('\u0000') >= 0) {
      return Optional.empty();
    }
    return people.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT)).map(Person::view);
  }

  public List<PersonView> peopleIn(OrganisationId organisation) {
    return people.inOrganisation(organisation.value()).stream().map(Person::view).toList();
  }

  public List<PersonView> withRole(Role role) {
    return people.withRole(role.name()).stream().map(Person::view).toList();
  }

  /** How many organisations there are: a count, for the home page, without loading them. */
  public int organisationCount() {
    return jdbc.sql("select count(*) from organisations").query(Integer.class).single();
  }

  /** How many people have this role, without loading them. */
  public int countWithRole(Role role) {
    return jdbc.sql("select count(*) from people where role = ?")
        .param(role.name())
        .query(Integer.class)
        .single();
  }

  /** How many executives this coach coaches, without loading them. */
  public int clientCount(PersonId coach) {
    return jdbc.sql("select count(*) from people where coach_id = ?")
        .param(coach.value())
        .query(Integer.class)
        .single();
  }

  public List<PersonView> clientsOf(PersonId coach) {
    return people.coachedBy(coach.value()).stream().map(Person::view).toList();
  }

  public boolean hasActiveFirmAdmin() {
    return people.countActiveFirmAdmins() > 0;
  }

  public boolean emailInUse(String email) {
    return people.existsByEmail(email.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private Organisation load(OrganisationId id) {
    return organisations.findById(id.value()).orElseThrow(OrganisationNotFound::new);
  }

  private Person loadPerson(PersonId id) {
    return people.findById(id.value()).orElseThrow(PersonNotFound::new);
  }

  private Instant now() {
    return clock.instant();
  }

  static UUID uuid(PersonId id) {
    return id == null ? null : id.value();
  }
}
