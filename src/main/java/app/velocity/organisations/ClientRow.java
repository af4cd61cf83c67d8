package app.velocity.organisations;

/** A coach's client as listed: the person and their organisation's name. */
public record ClientRow(PersonView person, String organisation) {}
