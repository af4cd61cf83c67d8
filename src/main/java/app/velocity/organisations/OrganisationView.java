package app.velocity.organisations;

/** What other modules and views may know of an organisation. */
public record OrganisationView(OrganisationId id, String name, boolean active) {}
