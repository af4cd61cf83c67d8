package app.velocity.organisations;

/** A person can no longer sign in or use the API; announced once the change is committed. */
public record PersonDeactivated(PersonId person) {}
