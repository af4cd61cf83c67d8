package app.velocity.relationships;

import app.velocity.organisations.PersonId;

/**
 * The map entry form as typed, so that a mistake goes back with the input kept. {@code person} is a
 * colleague of the organisation; {@code newName} and {@code newEmail} add a new one instead.
 */
public record EntryForm(
    String person,
    String newName,
    String newEmail,
    String importance,
    String frequency,
    String ease,
    String effectiveness,
    String notes) {

  public EntryForm {
    person = person == null ? "" : person;
    newName = newName == null ? "" : newName;
    newEmail = newEmail == null ? "" : newEmail;
    importance = importance == null ? "" : importance;
    frequency = frequency == null ? "" : frequency;
    ease = ease == null ? "" : ease;
    effectiveness = effectiveness == null ? "" : effectiveness;
    notes = notes == null ? "" : notes;
  }

  static EntryForm blank() {
    return new EntryForm("", "", "", "3", "WEEKLY", "3", "3", "");
  }

  static EntryForm of(MapEntry e) {
    return new EntryForm(
        e.person().value().toString(),
        "",
        "",
        Integer.toString(e.importance()),
        e.frequency().name(),
        Integer.toString(e.ease()),
        Integer.toString(e.effectiveness()),
        e.notes());
  }

  boolean addsNewColleague() {
    return person.isBlank() && (!newName.isBlank() || !newEmail.isBlank());
  }

  /** The ratings, checked; the person is parsed when one was chosen. */
  MapEntry entry() {
    PersonId chosen = null;
    if (!person.isBlank()) {
      try {
        chosen = PersonId.parse(person.strip());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("person: choose a colleague from the list");
      }
    }
    return MapEntry.parse(chosen, importance, frequency, ease, effectiveness, notes);
  }

  RelationshipMaps.NewColleague newColleague() {
    return addsNewColleague() ? new RelationshipMaps.NewColleague(newName, newEmail) : null;
  }
}
