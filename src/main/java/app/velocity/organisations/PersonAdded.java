package app.velocity.organisations;

/** A person was added to the firm's directory. */
public record PersonAdded(PersonId person, Role role, OrganisationId organisation) {}
