package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.RawClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bad clients against Velocity in a process of its own, as it runs in production: a 256 MB heap, on
 * PostgreSQL, with its real server and settings, and no test configuration. The clients speak HTTP
 * by hand over sockets and do what took the server down before: huge bodies with and without a
 * declared length, and hundreds of connections that trickle their bodies or headers. Throughout,
 * the health endpoint must answer, and at the end the process must still be alive, its log free of
 * OutOfMemoryError (the JVM is told to exit on one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadClientsTest {

  private static final String SCHEMA = "bad_clients";
  private static final String ADMIN = "admin@bad-clients.test";
  private static final String PASSWORD = "a long password for the attack";

  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";

  /** The longest a health check may take while the server is attacked. */
  private static final Duration HEALTHY = Duration.ofSeconds(5);

  private static Process velocity;
  private static Path log;
  private static int port;
  private static String bearer;
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(HEALTHY).build();

  @BeforeAll
  static void startVelocityWithA256MegabyteHeap() throws Exception {
    String url = testUrl();
    String user = testUser();
    String password = testPassword();
    try (var db = DriverManager.getConnection(url, user, password)) {
      db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
    }
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    // kept with the build's other artefacts, to be read when the test fails
    log = Path.of("target", "bad-clients", "velocity.log");
    Files.createDirectories(log.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            classpath,
            "app.velocity.VelocityApplication");
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(port));
    env.put("VELOCITY_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    env.put("VELOCITY_DB_USER", user);
    env.put("VELOCITY_DB_PASSWORD", password);
    env.put("VELOCITY_DB_POOL_SIZE", "8");
    env.put("SPRING_FLYWAY_SCHEMAS", SCHEMA);
    env.put("VELOCITY_ADMIN_EMAIL", ADMIN);
    env.put("VELOCITY_ADMIN_PASSWORD", PASSWORD);
    env.put("VELOCITY_SCHEDULER_ENABLED", "false");
    velocity = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (!healthy()) {
      assertThat(velocity.isAlive()).as("Velocity is still starting (log: %s)", log).isTrue();
      assertThat(System.nanoTime()).as("Velocity started within 4 minutes").isLessThan(deadline);
      Thread.sleep(500);
    }
    HttpResponse<String> token =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/tokens"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"attack\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(token.statusCode()).isEqualTo(201);
    bearer =
        "Authorization: Bearer "
            + token.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
  }

  @AfterAll
  static void stopVelocity() throws Exception {
    if (velocity != null) {
      velocity.destroy();
      velocity.waitFor(30, TimeUnit.SECONDS);
      velocity.destroyForcibly();
    }
    // a second copy of every table would confuse tests that read the catalogue after this one
    try (var db = DriverManager.getConnection(testUrl(), testUser(), testPassword())) {
      db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  private static String testUrl() {
    return System.getenv()
        .getOrDefault("VELOCITY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/velocity_test");
  }

  private static String testUser() {
    return System.getenv().getOrDefault("VELOCITY_TEST_DB_USER", "velocity");
  }

  private static String testPassword() {
    return System.getenv().getOrDefault("VELOCITY_TEST_DB_PASSWORD", "velocity");
  }

  @Test
  @Order(1)
  void hugeBodiesAreRefusedAndTheServerStaysWell() throws Exception {
    ExecutorService attackers = Executors.newCachedThreadPool();
    String calculate = "/api/v1/profiles/calculate";
    String survey = "/api/v1/survey/" + "A".repeat(43);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (boolean declared : new boolean[] {true, false}) {
      for (int i = 0; i < 4; i++) {
        // what gave OutOfMemoryError: four 200 MB posts to the profile calculation
        answers.add(huge(attackers, calculate, JSON, "{\"goingWell\": \"", 200, declared, bearer));
      }
      for (int i = 0; i < 6; i++) {
        // and six 95 MB answers to the public survey link, without credentials
        answers.add(huge(attackers, survey, JSON, "{\"suggestion\": \"", 95, declared));
      }
    }
    answers.add(huge(attackers, "/sign-in", FORM, "email=", 200, false));
    answers.add(
        huge(
            attackers,
            "/api/v1/analysis/comfort-bias",
            JSON,
            "{\"executive\": \"",
            200,
            false,
            bearer));

    // refused for its length, for its link, or (one 200 MB string) for its shape
    assertThat(answeredWhileHealthy(answers))
        .allMatch(status -> List.of(400, 404, 413).contains(status));
    attackers.shutdownNow();
  }

  private static CompletableFuture<Integer> huge(
      ExecutorService pool,
      String path,
      String type,
      String start,
      int megabytes,
      boolean declared,
      String... headers) {
    List<String> head = new ArrayList<>(List.of(headers));
    head.add("Content-Type: " + type);
    head.add(
        declared ? "Content-Length: " + megabytes * 1024L * 1024L : "Transfer-Encoding: chunked");
    byte[] mega = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    return attempt(
        pool,
        path,
        head,
        client -> {
          if (declared) {
            client.send(start);
            for (int m = 0; m < megabytes; m++) {
              client.send(mega);
            }
          } else {
            client.chunk(start.getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < megabytes; m++) {
              client.chunk(mega);
            }
            client.lastChunk();
          }
        });
  }

  /** What a client writes after the head; it may be cut off by the server's answer. */
  private interface Body {
    void write(RawClient client) throws IOException;
  }

  /**
   * Sends a request, its body from another thread, and gives the status of the answer: a server
   * that refuses a body answers before the body is sent, and closes the connection under it.
   */
  private static CompletableFuture<Integer> attempt(
      ExecutorService pool, String path, List<String> headers, Body body) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (RawClient client = RawClient.open(port)) {
            client.head("POST", path, headers.toArray(String[]::new));
            CompletableFuture<Void> sending =
                CompletableFuture.runAsync(
                    () -> {
                      try {
                        body.write(client);
                      } catch (IOException refused) {
                        // the server stopped taking it
                      }
                    },
                    pool);
            int status = client.answer(Duration.ofMinutes(3)).status();
            sending.cancel(true);
            return status;
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        },
        pool);
  }

  @Test
  @Order(2)
  void largeHistoriesAreAnalysedOneAtATime() throws Exception {
    // each holds some 50 MB while it is analysed: four at once would not fit the heap
    byte[] history = history(40_000).getBytes(StandardCharsets.UTF_8);
    ExecutorService analysts = Executors.newCachedThreadPool();
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(
          attempt(
              analysts,
              "/api/v1/analysis/comfort-bias",
              List.of(bearer, "Content-Type: " + JSON, "Content-Length: " + history.length),
              client -> client.send(history)));
    }

    List<Integer> statuses = answeredWhileHealthy(answers);
    analysts.shutdownNow();
    assertThat(statuses).contains(200).allMatch(status -> status == 200 || status == 503);
  }

  /** A delegation history of this many decisions, five of 2,000 people compared in each. */
  private static String history(int decisions) {
    SplittableRandom random = new SplittableRandom(14);
    List<String> people = new ArrayList<>();
    StringBuilder json = new StringBuilder("{\"executive\": " + scores(random) + ", \"people\": [");
    for (int i = 0; i < 2000; i++) {
      String id = new UUID(random.nextLong(), random.nextLong()).toString();
      people.add(id);
      json.append(i == 0 ? "" : ", ")
          .append("{\"id\": \"")
          .append(id)
          .append("\", \"profile\": ")
          .append(scores(random))
          .append('}');
    }
    json.append("], \"decisions\": [");
    for (int t = 0; t < decisions; t++) {
      StringBuilder candidates = new StringBuilder();
      String chosen = null;
      Set<String> taken = new HashSet<>();
      while (taken.size() < 5) {
        String id = people.get(random.nextInt(people.size()));
        if (taken.add(id)) {
          candidates
              .append(candidates.length() == 0 ? "" : ", ")
              .append('"')
              .append(id)
              .append('"');
          chosen = chosen == null ? id : chosen;
        }
      }
      json.append(t == 0 ? "" : ", ")
          .append("{\"demand\": ")
          .append(scores(random))
          .append(", \"criticality\": \"")
          .append(random.nextBoolean() ? "CRITICAL" : "ROUTINE")
          .append("\", \"candidates\": [")
          .append(candidates)
          .append("], \"chosen\": \"")
          .append(chosen)
          .append("\", \"date\": \"2025-0")
          .append(1 + random.nextInt(9))
          .append("-1")
          .append(random.nextInt(10))
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  private static String scores(SplittableRandom random) {
    int people = random.nextInt(101);
    int performance = random.nextInt(101 - people);
    return "{\"PEOPLE\": "
        + people
        + ", \"PERFORMANCE\": "
        + performance
        + ", \"PROCESS\": "
        + (100 - people - performance)
        + "}";
  }

  @Test
  @Order(3)
  void hundredsOfTricklingConnectionsDoNotStopTheHealthCheck() throws Exception {
    InetAddress bodies = InetAddress.getByName("127.0.0.2");
    InetAddress heads = InetAddress.getByName("127.0.0.3");
    List<Trickle> trickles = new ArrayList<>();
    for (int i = 0; i < 220; i++) {
      trickles.add(new Trickle(bodies, bodyHead(i)));
      trickles.add(
          new Trickle(heads, "GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
    }
    AtomicBoolean attacking = new AtomicBoolean(true);
    AtomicLong reconnects = new AtomicLong();
    Thread attacker =
        new Thread(
            () -> {
              while (attacking.get()) {
                for (Trickle trickle : trickles) {
                  if (trickle.dripOrReconnect()) {
                    reconnects.incrementAndGet();
                  }
                }
                try {
                  Thread.sleep(5_000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    attacker.start();
    long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    List<Duration> health = healthWhile(() -> System.nanoTime() > until);
    attacking.set(false);
    attacker.interrupt();
    attacker.join();
    trickles.forEach(Trickle::close);
    System.out.printf("BadClientsTest: %d trickling connections reconnected%n", reconnects.get());
    assertStillWell(health);
  }

  /** The head of a request whose body then comes one byte every five seconds. */
  private static String bodyHead(int i) {
    return switch (i % 3) {
      case 0 ->
          "POST /api/v1/profiles/calculate HTTP/1.1\r\nHost: localhost\r\n"
              + bearer
              + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
      case 1 ->
          "POST /api/v1/survey/"
              + "A".repeat(43)
              + " HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
      default ->
          "POST /sign-in HTTP/1.1\r\nHost: localhost\r\n"
              + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n";
    };
  }

  /** One connection that sends its head, then a byte at a time, and comes back when cut off. */
  private static final class Trickle {
    private final InetAddress from;
    private final String head;
    private Socket socket;
    private OutputStream out;

    Trickle(InetAddress from, String head) {
      this.from = from;
      this.head = head;
    }

    boolean dripOrReconnect() {
      try {
        if (socket == null) {
          connect();
          return false;
        }
        out.write(
            head.contains("chunked")
                ? "1\r\nx\r\n".getBytes(StandardCharsets.US_ASCII)
                : new byte[] {'x'});
        out.flush();
        return false;
      } catch (IOException cutOff) {
        close();
        try {
          connect();
        } catch (IOException refused) {
          close();
        }
        return true;
      }
    }

    private void connect() throws IOException {
      socket = new Socket();
      socket.bind(new InetSocketAddress(from, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
      out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    void close() {
      try {
        if (socket != null) {
          socket.close();
        }
      } catch (IOException ignored) {
        // gone already
      }
      socket = null;
    }
  }

  /** Waits for every answer while asking for health, then checks that the server is well. */
  private static List<Integer> answeredWhileHealthy(List<CompletableFuture<Integer>> answers)
      throws Exception {
    List<Duration> health = healthWhile(() -> answers.stream().allMatch(CompletableFuture::isDone));
    List<Integer> statuses = new ArrayList<>();
    for (CompletableFuture<Integer> answer : answers) {
      statuses.add(answer.get());
    }
    assertStillWell(health);
    return statuses;
  }

  /** Asks for health twice a second until done, and says how long each answer took. */
  private static List<Duration> healthWhile(Supplier<Boolean> done) throws Exception {
    List<Duration> took = new ArrayList<>();
    do {
      long started = System.nanoTime();
      assertThat(healthy()).as("health answered 200 within %s during the attack", HEALTHY).isTrue();
      took.add(Duration.ofNanos(System.nanoTime() - started));
      Thread.sleep(500);
    } while (!done.get());
    return took;
  }

  private static void assertStillWell(List<Duration> health) throws Exception {
    Duration slowest = health.stream().max(Duration::compareTo).orElseThrow();
    System.out.printf(
        "BadClientsTest: %d health checks, slowest %d ms%n", health.size(), slowest.toMillis());
    assertThat(velocity.isAlive()).as("Velocity is still running").isTrue();
    assertThat(healthy()).isTrue();
    assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
  }

  private static boolean healthy() {
    try {
      return http.send(
                  HttpRequest.newBuilder(uri("/actuator/health")).timeout(HEALTHY).build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
