package app.velocity.relationships;

import app.velocity.organisations.InvalidPersonData;

/**
 * A form mistake: the field at fault and a sentence to show next to it. Built from the domain's
 * "field: what is wrong" exceptions.
 */
public record FormError(String field, String message) {

  static FormError of(RuntimeException e) {
    String text = e.getMessage() == null ? "Please check what you entered." : e.getMessage();
    String field = "";
    if (e instanceof InvalidPersonData invalid) {
      field = invalid.field();
      text = text.startsWith(field + " ") ? "The " + text : text;
    } else {
      int colon = text.indexOf(": ");
      if (colon > 0 && !text.substring(0, colon).contains(" ")) {
        field = text.substring(0, colon);
        text = text.substring(colon + 2);
      }
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return new FormError(field, text.endsWith(".") ? text : text + ".");
  }

  /** The message when it concerns this field, else null (for templates). */
  public String on(String name) {
    return field.equals(name) ? message : null;
  }
}
