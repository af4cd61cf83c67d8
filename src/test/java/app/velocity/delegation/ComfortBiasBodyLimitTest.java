package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.RawClient;
import app.velocity.organisations.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The comfort-bias analysis is the one API body that may be large (64 MB, some 100,000 decisions),
 * and only that route: against the real server, a longer declared body is refused before it is
 * sent, a longer chunked one is cut off at 64 MB, and a body other routes would refuse is taken.
 */
@IntegrationTest
class ComfortBiasBodyLimitTest {

  private static final long MAX_BYTES = ComfortBiasApi.MAX_MEGABYTES * 1024L * 1024L;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  String token;

  @BeforeEach
  void anExecutivesToken() {
    token = fixtures.token(fixtures.person(Role.EXECUTIVE, fixtures.organisation()));
  }

  @Test
  void refusesADeclaredLengthOverTheCapWith413BeforeReading() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      // the head alone: the answer must come without any of the body
      client.head(
          "POST",
          "/api/v1/analysis/comfort-bias",
          "Authorization: Bearer " + token,
          "Content-Type: application/json",
          "Content-Length: " + (MAX_BYTES + 1));

      RawClient.Answer answer = client.answer(Duration.ofSeconds(15));

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.body()).contains("at most 64 MB").contains("\"field\"");
    }
  }

  @Test
  void cutsOffABodyOfUndeclaredLengthAtTheCap() throws Exception {
    HttpURLConnection call = call("/api/v1/analysis/comfort-bias");
    call.setChunkedStreamingMode(1 << 16);
    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    long sent = 0;
    try (OutputStream out = call.getOutputStream()) {
      out.write("{\"executive\": ".getBytes(StandardCharsets.UTF_8));
      while (sent <= 2 * MAX_BYTES) {
        out.write(spaces);
        sent += spaces.length;
      }
    } catch (IOException closed) {
      // the server stopped reading and closed: the point of the test
    }
    assertThat(call.getResponseCode()).isEqualTo(413);
    assertThat(error(call))
        .contains("at most 64 MB here: split the history or send fewer decisions");
    assertThat(sent).isLessThan(2 * MAX_BYTES);
  }

  @Test
  void aBodyOtherRoutesWouldRefuseIsTakenHere() throws Exception {
    String history = history(300);
    assertThat(history.length()).isGreaterThan(32 * 1024);

    HttpURLConnection elsewhere = call("/api/v1/profiles/compare");
    elsewhere.setFixedLengthStreamingMode(history.getBytes(StandardCharsets.UTF_8).length);
    write(elsewhere, history);
    assertThat(elsewhere.getResponseCode()).isEqualTo(413);
    assertThat(error(elsewhere)).contains("at most 16 KB");

    HttpURLConnection here = call("/api/v1/analysis/comfort-bias");
    write(here, history);
    assertThat(here.getResponseCode()).isEqualTo(200);
  }

  /** A history of this many decisions among five people, as the API takes it. */
  static String history(int decisions) {
    StringBuilder json =
        new StringBuilder(
            "{\"executive\": {\"PEOPLE\": 60, \"PERFORMANCE\": 20, \"PROCESS\": 20}, \"people\": [");
    String[] profiles = {"60, 20, 20", "20, 60, 20", "20, 20, 60", "40, 40, 20", "34, 33, 33"};
    for (int i = 0; i < profiles.length; i++) {
      String[] s = profiles[i].split(", ");
      json.append(i == 0 ? "" : ", ")
          .append("{\"id\": \"p")
          .append(i)
          .append("\", \"profile\": {\"PEOPLE\": ")
          .append(s[0])
          .append(", \"PERFORMANCE\": ")
          .append(s[1])
          .append(", \"PROCESS\": ")
          .append(s[2])
          .append("}}");
    }
    json.append("], \"decisions\": [");
    for (int t = 0; t < decisions; t++) {
      json.append(t == 0 ? "" : ", ")
          .append("{\"demand\": {\"PEOPLE\": 20, \"PERFORMANCE\": 60, \"PROCESS\": 20},")
          .append(" \"criticality\": \"CRITICAL\", \"candidates\": [\"p0\", \"p1\", \"p2\"],")
          .append(" \"chosen\": \"p")
          .append(t % 3)
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  private HttpURLConnection call(String path) throws IOException {
    URL url = URI.create("http://localhost:" + port + path).toURL();
    HttpURLConnection call = (HttpURLConnection) url.openConnection();
    call.setRequestMethod("POST");
    call.setDoOutput(true);
    call.setRequestProperty("Content-Type", "application/json");
    call.setRequestProperty("Authorization", "Bearer " + token);
    return call;
  }

  private static void write(HttpURLConnection call, String text) throws IOException {
    try (OutputStream out = call.getOutputStream()) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String error(HttpURLConnection call) throws IOException {
    return new String(call.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
