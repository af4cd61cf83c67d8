package app.velocity.shell;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prints a page made for paper (the report, the pair playbook) to PDF with openhtmltopdf and the
 * embedded DejaVu Sans (its licence is next to it in resources/fonts), so that the symbols the
 * pages use, such as ⅓ and ·, print on any machine.
 *
 * <p>A PDF costs about two seconds of a processor, pages a few milliseconds: at most {@code
 * velocity.pdf.renders} are drawn at once (by default half the processors), so that a burst of
 * downloads cannot starve the pages. A request waits up to {@code velocity.pdf.wait} for its turn,
 * then is answered 503 with Retry-After and a message.
 */
@Component
public class PdfRenderer {

  private static final String FONT = "DejaVu Sans";

  private final Slots slots;

  PdfRenderer(
      @Value("${velocity.pdf.renders:0}") int renders,
      @Value("${velocity.pdf.wait:PT3S}") Duration wait) {
    this.slots =
        new Slots(
            renders > 0 ? renders : Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            wait,
            PdfRenderingBusy::new);
  }

  /**
   * The PDF of this HTML page.
   *
   * @throws PdfRenderingBusy (answered 503) when no slot came free in time
   */
  public byte[] render(String html) {
    try (Slots.Slot slot = slots.take()) {
      return print(html);
    }
  }

  Slots slots() {
    return slots;
  }

  private static byte[] print(String html) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useSVGDrawer(new BatikSVGDrawer());
      builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withHtmlContent(html, "/");
      builder.withProducer("Velocity");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf.toByteArray();
  }

  private static InputStream font(String file) {
    return PdfRenderer.class.getResourceAsStream("/fonts/" + file);
  }
}
