package app.velocity.invitations;

/**
 * The invitation form as typed, kept when it goes back with a mistake. {@code person} is the id of
 * a chosen person of the organisation, empty for someone new (then {@code name} and {@code email}).
 */
public record InvitationForm(String person, String name, String email, String note) {

  static InvitationForm empty() {
    return new InvitationForm("", "", "", "");
  }

  InvitationForm normalised() {
    return new InvitationForm(orEmpty(person), orEmpty(name), orEmpty(email), orEmpty(note));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
