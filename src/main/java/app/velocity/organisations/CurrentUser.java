package app.velocity.organisations;

import java.io.Serializable;

/**
 * The signed-in person as every module sees them: who they are, their role and, for client people,
 * their organisation. Controllers take it as a parameter; the identity module resolves it from the
 * session or the API token.
 */
public record CurrentUser(
    PersonId id, String name, String email, Role role, OrganisationId organisation)
    implements Serializable {

  public static CurrentUser of(PersonView person) {
    return new CurrentUser(
        person.id(), person.name(), person.email(), person.role(), person.organisation());
  }

  public boolean is(Role other) {
    return role == other;
  }

  public boolean isFirmStaff() {
    return !role.belongsToClient();
  }
}
