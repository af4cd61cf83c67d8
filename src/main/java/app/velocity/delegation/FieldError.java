package app.velocity.delegation;

/**
 * A mistake in a form, shown next to the field it concerns ({@code field} is the input's name; the
 * demand's sum belongs to all three numbers).
 */
public record FieldError(String field, String message) {

  /** From "field: what is wrong", the form of every domain message. */
  static FieldError of(RuntimeException e) {
    String text = e.getMessage() == null ? "Please check what you entered." : e.getMessage();
    String field = "";
    int colon = text.indexOf(": ");
    if (colon > 0 && !text.substring(0, colon).contains(" ")) {
      field = text.substring(0, colon);
      text = text.substring(colon + 2);
    }
    text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
    return new FieldError(field, text.endsWith(".") ? text : text + ".");
  }

  /** Whether the message belongs next to this input. */
  public boolean on(String name) {
    return field.equals(name)
        || ("demand".equals(field)
            && ("people".equals(name) || "performance".equals(name) || "process".equals(name)));
  }
}
