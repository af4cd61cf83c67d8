package app.velocity.organisations;

/**
 * A person's sign-in address was changed by someone else than the person (a firm admin).
 *
 * @param from the address before the change, where the person can still be told
 * @param to the address now
 */
public record PersonEmailChanged(PersonId person, String name, String from, String to) {}
