package app.velocity.inventory;

import app.velocity.shell.PdfRenderer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The report as a PDF: the same {@link ReportView} as the page, through a print template, printed
 * by the shell's {@link PdfRenderer} with the same server-drawn SVG.
 */
@Component
class PdfReports {

  private final TemplateEngine templates;
  private final PdfRenderer pdf;

  PdfReports(TemplateEngine templates, PdfRenderer pdf) {
    this.templates = templates;
    this.pdf = pdf;
  }

  byte[] render(ReportView report, Paper paper) {
    StringOutput html = new StringOutput();
    templates.render("inventory/report-print.jte", Map.of("report", report, "paper", paper), html);
    return pdf.render(html.toString());
  }
}
