package app.velocity.relationships;

import app.velocity.inventory.Paper;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The pair playbook as a PDF, from the same {@link PlaybookPage} as the page, through a print
 * template rendered by openhtmltopdf with the embedded DejaVu Sans (as the profile report).
 */
@Component
class PdfPlaybooks {

  private static final String FONT = "DejaVu Sans";

  private final TemplateEngine templates;

  PdfPlaybooks(TemplateEngine templates) {
    this.templates = templates;
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
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html.toString(), "/");
      builder.withProducer("Velocity");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  private static InputStream font(String file) {
    return PdfPlaybooks.class.getResourceAsStream("/fonts/" + file);
  }
}
