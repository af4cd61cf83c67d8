package app.velocity.shell;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Every PDF slot stayed taken for as long as a request may wait for one: 503, retry soon. */
final class PdfRenderingBusy extends Refusal {

  static final String RETRY_AFTER_SECONDS = "5";

  PdfRenderingBusy() {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "PDFs busy",
        "Busy preparing PDFs",
        "Many PDFs are being prepared just now. Nothing is lost: try again in a few seconds.");
    getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
  }
}
