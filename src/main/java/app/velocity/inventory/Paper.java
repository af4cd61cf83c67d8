package app.velocity.inventory;

import java.util.Locale;

/** The paper sizes the PDF report comes in; the print stylesheet sets the page with @page. */
public enum Paper {
  A4("A4", 210, 297),
  LETTER("letter", 215.9, 279.4);

  private final String cssSize;
  private final double widthMm;
  private final double heightMm;

  Paper(String cssSize, double widthMm, double heightMm) {
    this.cssSize = cssSize;
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** The value for CSS {@code @page { size: … }}. */
  public String cssSize() {
    return cssSize;
  }

  public double widthMm() {
    return widthMm;
  }

  public double heightMm() {
    return heightMm;
  }

  /** A4 or LETTER, in any case; blank means A4. */
  static Paper parse(String text) {
    if (text == null || text.isBlank()) {
      return A4;
    }
    String normal = text.trim().toUpperCase(Locale.ROOT).replace("US-", "").replace("US", "");
    for (Paper paper : values()) {
      if (paper.name().equals(normal)) {
        return paper;
      }
    }
    throw new IllegalArgumentException("paper: use A4 or LETTER, not \"" + text.trim() + "\"");
  }
}
