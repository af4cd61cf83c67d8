package app.velocity.relationships;

import app.velocity.inventory.Paper;
import app.velocity.shell.PdfRenderer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The pair playbook as a PDF, from the same {@link PlaybookPage} as the page, through a print
 * template printed by the shell's {@link PdfRenderer} (as the profile report).
 */
@Component
class PdfPlaybooks {

  private final TemplateEngine templates;
  private final PdfRenderer pdf;

  PdfPlaybooks(TemplateEngine templates, PdfRenderer pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  /** A4 or LETTER in any case; blank means A4. */
  static Paper paper(String text) {
    if (text == null || text.isBlank()) {
      return Paper.A4;
    }
    String normal = text.strip().toUpperCase(Locale.ROOT).replace("US-", "").replace("US", "");
    for (Paper p : Paper.values()) {
      if (p.name().equals(normal)) {
        return p;
      }
    }
    throw new IllegalArgumentException("paper: use A4 or LETTER");
  }

  byte[] render(PlaybookPage playbook, Paper paper) {
    StringOutput html = new StringOutput();
    templates.render(
        "relationships/playbook-print.jte", Map.of("playbook", playbook, "paper", paper), html);
    return pdf.render(html.toString());
  }
}
