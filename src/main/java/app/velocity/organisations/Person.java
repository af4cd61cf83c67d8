package app.velocity.organisations;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person known to the firm, in one role; client people belong to one organisation. */
@Table("people")
class Person {

  @Id private final UUID id;
  @Version private Long version;
  private final UUID organisationId;
  private String name;
  private String email;
  private final Role role;
  private String title;
  private UUID coachId;
  private boolean active;
  private final Instant createdAt;

  @PersistenceCreator
  Person(
      UUID id,
      Long version,
      UUID organisationId,
      String name,
      String email,
      Role role,
      String title,
      UUID coachId,
      boolean active,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.organisationId = organisationId;
    this.name = name;
    this.email = email;
    this.role = role;
    this.title = title;
    this.coachId = coachId;
    this.active = active;
    this.createdAt = createdAt;
  }

  static Person create(NewPerson details, Instant now) {
    if (details.role().belongsToClient() && details.organisation() == null) {
      throw new InvalidPersonData("organisation", "is required for " + details.role().label());
    }
    if (!details.role().belongsToClient() && details.organisation() != null) {
      throw new InvalidPersonData(
          "organisation", "must be empty: a " + details.role().label() + " works for the firm");
    }
    return new Person(
        UUID.randomUUID(),
        null,
        details.organisation() == null ? null : details.organisation().value(),
        Names.required(details.name(), "name"),
        Names.email(details.email()),
        details.role(),
        Names.optional(details.title()),
        null,
        true,
        now);
  }

  void change(String newName, String newEmail, String newTitle) {
    this.name = Names.required(newName, "name");
    this.email = Names.email(newEmail);
    this.title = Names.optional(newTitle);
  }

  void assignCoach(UUID coach) {
    if (role != Role.EXECUTIVE) {
      throw new InvalidPersonData("coach", "can only be assigned to an executive");
    }
    this.coachId = coach;
  }

  void deactivate() {
    this.active = false;
  }

  void reactivate() {
    this.active = true;
  }

  String email() {
    return email;
  }

  Role role() {
    return role;
  }

  boolean active() {
    return active;
  }

  PersonView view() {
    return new PersonView(
        new PersonId(id),
        name,
        email,
        role,
        organisationId == null ? null : new OrganisationId(organisationId),
        title,
        coachId == null ? null : new PersonId(coachId),
        active);
  }
}
