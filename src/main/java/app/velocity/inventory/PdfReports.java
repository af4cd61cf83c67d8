package app.velocity.inventory;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The report as a PDF: the same {@link ReportView} as the page, through a print template, rendered
 * by openhtmltopdf with the same server-drawn SVG. DejaVu Sans is embedded (its licence is next to
 * it in resources/fonts), so the symbols the report uses, such as ⅓ and ·, print on any machine.
 */
@Component
class PdfReports {

  private static final String FONT = "DejaVu Sans";

  private final TemplateEngine templates;

  PdfReports(TemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(ReportView report, Paper paper) {
    StringOutput html = new StringOutput();
    templates.render("inventory/report-print.jte", Map.of("report", report, "paper", paper), html);
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

  private static java.io.InputStream font(String file) {
    return PdfReports.class.getResourceAsStream("/fonts/" + file);
  }
}
