package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.RawClient;
import app.velocity.organisations.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  String bearer;

  @BeforeEach
  void anExecutiveWithAToken() {
    bearer =
        "Authorization: Bearer "
            + fixtures.token(fixtures.person(Role.EXECUTIVE, fixtures.organisation()));
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
