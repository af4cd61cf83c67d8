package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.RawClient;
import app.velocity.organisations.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every request body has a limit, enforced against the real server over a raw socket: a declared
 * length over the limit is refused before the body is sent at all, a body without a declared length
 * is cut off once it passes the limit, and a refused body is not drained afterwards.
 */
@IntegrationTest
class BodyLimitsTest {

  /** Far longer than any answer the server gives here takes, even on a loaded machine. */
  static final Duration WAIT = Duration.ofSeconds(15);

  static final String JSON = "Content-Type: application/json";
  static final String CHUNKED = "Transfer-Encoding: chunked";

  static final String COMFORT_BIAS = "/api/v1/analysis/comfort-bias";

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired LargeBodies largeBodies;

  private final HttpClient http = HttpClient.newHttpClient();
  String token;
  String bearer;

  @BeforeEach
  void anExecutiveWithAToken() {
    token = fixtures.token(fixtures.person(Role.EXECUTIVE, fixtures.organisation()));
    bearer = "Authorization: Bearer " + token;
  }

  @Test
  void aDeclaredLengthOverTheRoutesLimitIsRefusedBeforeAByteIsSent() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      client.head(
          "PUT",
          "/api/v1/profile/responses/" + UUID.randomUUID() + "/answers/GW01",
          bearer,
          JSON,
          "Content-Length: 10485760");

      RawClient.Answer answer = client.answer(WAIT);

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.body())
          .contains("\"status\":413")
          .contains("at most 2 KB here")
          .contains("\"field\":\"body\"");
      assertThat(client.closedWithin(WAIT)).isTrue();
    }
  }

  @Test
  void aLengthNoRouteTakesIsRefusedBeforeSignInIsChecked() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      client.head(
          "POST", "/api/v1/profiles/calculate", JSON, "Content-Length: " + 200L * 1024 * 1024);

      assertRefused(client, 413, "at most 64 MB");
    }
  }

  @Test
  void aChunkedBodyIsCutOffOnceItPassesTheRoutesLimit() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      client.head("POST", "/api/v1/profiles/calculate", bearer, JSON, CHUNKED);
      CompletableFuture<Long> sent = bodyWithoutEnd(client, "{\"goingWell\": ");

      RawClient.Answer answer = client.answer(WAIT);

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.body()).contains("at most 4 KB here");
      // the server stopped taking the body: far less than the 64 MB offered went out
      assertThat(sent.get()).isLessThan(64L * 1024 * 1024);
    }
  }

  @Test
  void aFormOverTheFormLimitIsRefusedWithAPageBeforeAnyoneReadsIt() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      signInForm(client, "Content-Length: " + 300 * 1024);

      RawClient.Answer answer = client.answer(WAIT);

      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.header("Content-Type")).startsWith("text/html");
      assertThat(answer.body())
          .contains("at most 256 KB")
          .contains("what you typed is still in the form");
    }
  }

  @Test
  void aChunkedFormIsCutOffAtTheFormLimit() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      signInForm(client, CHUNKED);
      bodyWithoutEnd(client, "email=");

      assertRefused(client, 413, "at most 256 KB");
    }
  }

  @Test
  void anUploadOverTheUploadLimitIsRefusedAtOnce() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      csvImport(client, "Content-Length: " + 3 * 1024 * 1024);

      assertRefused(client, 413, "The file is larger than Velocity takes (at most 2 MB)");
    }
  }

  @Test
  void aChunkedUploadIsCutOffAtTheUploadLimit() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      csvImport(client, CHUNKED);
      bodyWithoutEnd(
          client,
          "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
              + "Content-Type: text/csv\r\n\r\nname,email,role,title\r\n");

      assertRefused(client, 413, "at most 2 MB");
    }
  }

  @Test
  void thePublicSurveyLinkIsCheckedBeforeItsBodyIsRead() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      client.head("POST", "/api/v1/survey/" + "A".repeat(43), JSON, CHUNKED);
      // the start of a body that never ends: an answer can only come from not waiting for it
      client.chunk("{\"followUp\": \"often\", \"suggestion\": \"".getBytes(StandardCharsets.UTF_8));

      RawClient.Answer answer = client.answer(WAIT);

      assertThat(answer.status()).isEqualTo(404);
      assertThat(client.closedWithin(WAIT)).isTrue();
    }
  }

  @Test
  void aRefusedBodyIsNotDrainedByteByByte() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      // no credentials: refused with 401 before the body, of which only 10 of 1,000 bytes came
      client.head("POST", "/api/v1/profiles/calculate", JSON, "Content-Length: 1000");
      client.send("{\"goingWe".getBytes(StandardCharsets.UTF_8));

      RawClient.Answer answer = client.answer(WAIT);

      assertThat(answer.status()).isEqualTo(401);
      // closed once answered, rather than kept open while the rest trickles in
      assertThat(client.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }

  @Test
  void aBodyThatTricklesIsCutOffAfterTheGrace() throws Exception {
    try (RawClient client = RawClient.open(port)) {
      client.head("POST", "/api/v1/profiles/calculate", bearer, JSON, "Content-Length: 1000");
      CompletableFuture.runAsync(
          () -> {
            try {
              for (int i = 0; i < 1000; i++) {
                client.send(" ");
                Thread.sleep(1000);
              }
            } catch (Exception closed) {
              // the server cut the body off
            }
          });

      RawClient.Answer answer = client.answer(Duration.ofSeconds(60));

      assertThat(answer.status()).isEqualTo(408);
      assertThat(answer.body()).contains("arrived too slowly");
      assertThat(client.closedWithin(WAIT)).isTrue();
    }
  }

  @Test
  void aLargeBodyWaitsForATurnWhileSmallOnesAreServed() throws Exception {
    // a history padded past the 1 MB from which a body is large
    String large = history(" ".repeat(1100 * 1024));
    List<Slots.Slot> held = new ArrayList<>();
    try {
      for (int i = 0; i < largeBodies.slots().size(); i++) {
        held.add(largeBodies.take());
      }
      try (RawClient client = RawClient.open(port)) {
        client.head("POST", COMFORT_BIAS, bearer, JSON, "Content-Length: " + utf8(large).length);

        RawClient.Answer busy = client.answer(WAIT);

        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("Retry-After")).isEqualTo(LargeBodiesBusy.RETRY_AFTER_SECONDS);
        assertThat(busy.header("Content-Type")).startsWith("application/problem+json");
        assertThat(busy.body()).contains("taken one at a time");
      }
      assertThat(comfortBias(history("")).statusCode()).isEqualTo(200);
    } finally {
      held.forEach(Slots.Slot::close);
    }

    assertThat(comfortBias(large).statusCode()).isEqualTo(200);
  }

  @Test
  void aTextLongerThanAnyVelocityTakesIsRefusedWhereverItIs() throws Exception {
    // in a field the API ignores, within the route's 64 MB: only the limit on texts refuses it
    String longest = "\"note\": \"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH) + "\", ";
    String tooLong = "\"note\": \"" + "x".repeat(JsonLimits.MAX_STRING_LENGTH + 1) + "\", ";

    HttpResponse<String> refused = comfortBias(history(tooLong));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("at most 100,000 characters");
    assertThat(comfortBias(history(longest)).statusCode()).isEqualTo(200);
  }

  /** A delegation history of 30 decisions among five people, {@code extra} after its brace. */
  private static String history(String extra) {
    StringBuilder json =
        new StringBuilder("{")
            .append(extra)
            .append("\"executive\": {\"PEOPLE\": 60, \"PERFORMANCE\": 20, \"PROCESS\": 20},")
            .append(" \"people\": [");
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
    for (int t = 0; t < 30; t++) {
      json.append(t == 0 ? "" : ", ")
          .append("{\"demand\": {\"PEOPLE\": 20, \"PERFORMANCE\": 60, \"PROCESS\": 20},")
          .append(" \"criticality\": \"CRITICAL\", \"candidates\": [\"p0\", \"p1\", \"p2\"],")
          .append(" \"chosen\": \"p")
          .append(t % 3)
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  private HttpResponse<String> comfortBias(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + COMFORT_BIAS))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(utf8(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Signing in is a form anyone may post. */
  private static void signInForm(RawClient client, String length) throws Exception {
    client.head("POST", "/sign-in", "Content-Type: application/x-www-form-urlencoded", length);
  }

  /** The people import is the one upload, for firm admins only: here without signing in. */
  private static void csvImport(RawClient client, String length) throws Exception {
    client.head(
        "POST",
        "/admin/organisations/" + UUID.randomUUID() + "/import",
        "Content-Type: multipart/form-data; boundary=xyz",
        length);
  }

  /** The start of a chunked body, and then chunks, as long as the server takes them. */
  private static CompletableFuture<Long> bodyWithoutEnd(RawClient client, String start)
      throws Exception {
    client.chunk(start.getBytes(StandardCharsets.UTF_8));
    return CompletableFuture.supplyAsync(() -> client.chunksUntilRefused(1024, 64L * 1024 * 1024));
  }

  private static void assertRefused(RawClient client, int status, String words) throws Exception {
    RawClient.Answer answer = client.answer(WAIT);
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.body()).contains(words);
  }
}
