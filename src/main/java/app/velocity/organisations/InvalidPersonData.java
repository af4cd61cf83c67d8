package app.velocity.organisations;

/** A value given for a person or an organisation cannot be accepted; names the field and why. */
public class InvalidPersonData extends IllegalArgumentException {

  private final String field;

  public InvalidPersonData(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
