package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PDFs are printed a few at a time. With every slot taken (held here, as renders would hold them),
 * a PDF is refused with 503, Retry-After and a message, while pages are still served; once a slot
 * is free the same PDF is printed. No timing is asserted: the slots are held by the test.
 */
@IntegrationTest
class PdfRendererTest {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired PdfRenderer renderer;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPdfIsRefusedWhileEverySlotIsTakenAndPagesAreStillServed() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    fixtures.profile(me, new int[] {2, 6, 2}, new int[] {1, 2, 7});
    String session = "SESSION=" + SignInSupport.signIn(mvc, me).getValue();

    List<Slots.Slot> held = new ArrayList<>();
    try {
      for (int i = 0; i < renderer.slots().size(); i++) {
        held.add(renderer.slots().take());
      }

      HttpResponse<String> busy = get("/profile/report.pdf", session);
      assertThat(busy.statusCode()).isEqualTo(503);
      assertThat(busy.headers().firstValue("Retry-After")).contains("5");
      assertThat(busy.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(busy.body()).contains("Many PDFs are being prepared just now");

      HttpResponse<String> page = get("/profile", session);
      assertThat(page.statusCode()).isEqualTo(200);
    } finally {
      held.forEach(Slots.Slot::close);
    }

    HttpResponse<byte[]> pdf =
        http.send(request("/profile/report.pdf", session), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  private HttpResponse<String> get(String path, String session) throws Exception {
    return http.send(request(path, session), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String session) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Cookie", session)
        .header("Accept", "text/html")
        .build();
  }
}
