package app.velocity.organisations;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A client organisation of the firm; its people belong to it. */
@Table("organisations")
class Organisation {

  @Id private final UUID id;
  @Version private Long version;
  private String name;
  private boolean active;
  private final Instant createdAt;

  @PersistenceCreator
  Organisation(UUID id, Long version, String name, boolean active, Instant createdAt) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.active = active;
    this.createdAt = createdAt;
  }

  static Organisation create(String name, Instant now) {
    return new Organisation(UUID.randomUUID(), null, Names.required(name, "name"), true, now);
  }

  void rename(String newName) {
    this.name = Names.required(newName, "name");
  }

  void deactivate() {
    this.active = false;
  }

  void reactivate() {
    this.active = true;
  }

  OrganisationView view() {
    return new OrganisationView(new OrganisationId(id), name, active);
  }

  UUID id() {
    return id;
  }
}
