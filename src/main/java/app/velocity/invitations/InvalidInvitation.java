package app.velocity.invitations;

/** An invitation cannot be made as asked; the message starts with the field to fix. */
class InvalidInvitation extends IllegalArgumentException {

  private final String field;

  InvalidInvitation(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  String field() {
    return field;
  }

  String reason() {
    return getMessage().substring(field.length() + 2);
  }
}
