package app.velocity.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The short form of {@code load/faults.sh} that runs with the test suite (issue 7: "CI runs a short
 * form"): real Velocity processes on PostgreSQL, simulated people saving inventory answers, a
 * {@code kill -9} in the middle, a restart, and a second instance sharing the sessions. Afterwards
 * every acknowledged answer must be in the database, in a response that is still open (so the
 * inventory resumes), and errors may only have happened while Velocity was down. The full form (50
 * users, 10 minutes, a PostgreSQL restart, nginx) is {@code load/faults.sh}.
 */
class FaultsShortFormTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ITEM = Pattern.compile("\"id\"\\s*:\\s*\"([A-Z]{2}[0-9]+)\"");
  private static final Pattern ENDING =
      Pattern.compile("\\{\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"drive\"");
  private static final String DEMO_PASSWORD = "velocity-demo";
  private static final List<String> ANSWERING =
      List.of("sam.okafor@northwind.example", "priya.raman@northwind.example");

  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @AfterEach
  void stopEverything() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void nothingAcknowledgedIsLostWhenVelocityIsKilledAndSessionsSurviveOnAnotherInstance()
      throws Exception {
    String database = freshDatabase();
    int portA = freePort();
    Process a = start(database, portA, "a");
    awaitUp(portA);

    // every simulated person saves answers to their own open response through the API
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String email : ANSWERING) {
      tokens.put(email, token(portA, email));
    }
    // distinct "response/item" pairs acknowledged, and how many acknowledgements in all
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger acks = new AtomicInteger();
    List<long[]> errors = new ArrayList<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger turn = new AtomicInteger();
    ExecutorService users = Executors.newFixedThreadPool(8);
    for (int u = 0; u < 8; u++) {
      String email = ANSWERING.get(u % ANSWERING.size());
      users.submit(
          () -> {
            while (running.get()) {
              try {
                acknowledged.add(saveOneAnswer(portA, tokens.get(email), turn.incrementAndGet()));
                acks.incrementAndGet();
              } catch (Exception e) {
                synchronized (errors) {
                  errors.add(new long[] {System.currentTimeMillis()});
                }
                sleep(100);
              }
            }
          });
    }

    awaitAtLeast(acks, 30, Duration.ofSeconds(120));
    int beforeKill = acks.get();
    long killedAt = System.currentTimeMillis();
    a.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful anything
    processes.remove(a);
    start(database, portA, "a-restarted");
    awaitUp(portA);
    long backAt = System.currentTimeMillis();
    awaitAtLeast(acks, beforeKill + 30, Duration.ofSeconds(120));
    running.set(false);
    users.shutdown();
    assertThat(users.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(acks.get()).isGreaterThan(beforeKill);
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(24);
    assertThat(missingOrClosed(database, acknowledged))
        .as("acknowledged answers missing, or in a response that no longer resumes")
        .isEmpty();
    synchronized (errors) {
      assertThat(errors)
          .as("errors outside the outage (kill at %d, back at %d)", killedAt, backAt)
          .allSatisfy(e -> assertThat(e[0]).isBetween(killedAt - 1_000, backAt + 5_000));
    }

    // a second instance over the same database serves the session signed in on the first
    int portB = freePort();
    start(database, portB, "b");
    awaitUp(portB);
    CookieManager cookies = new CookieManager();
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    signIn(browser, portA, "sam.okafor@northwind.example");
    for (int port : new int[] {portA, portB, portA, portB}) {
      HttpResponse<String> page =
          browser.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profile")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).as("/profile on port %d", port).isEqualTo(200);
    }

    // with both instances running their schedulers, a due invitation reminder goes out once
    int reminders = dueReminderRunsOnce(database);
    assertThat(reminders).as("reminder mails for one due invitation, two instances").isEqualTo(1);
  }

  /**
   * Makes one invitation due for its first reminder (sent four days ago), has the hourly reminder
   * task run now, and counts the reminder mails once both instances had several polls.
   */
  private int dueReminderRunsOnce(String database) throws Exception {
    try (Connection c = DriverManager.getConnection(database, user(), password())) {
      String inviter = id(c, "sam.okafor@northwind.example");
      String invitee = id(c, "aiko.tanaka@northwind.example");
      String organisation;
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select organisation_id from people where id = '" + inviter + "'::uuid")) {
        rs.next();
        organisation = rs.getString(1);
      }
      c.createStatement()
          .execute(
              ("insert into invitations (id, organisation_id, inviter_id, invitee_id, sent_at,"
                      + " expires_at, reminders_sent, open_key) values (gen_random_uuid(),"
                      + " '%s'::uuid, '%s'::uuid, '%s'::uuid, now() - interval '4 days',"
                      + " now() + interval '10 days', 0, '%s:%s')")
                  .formatted(organisation, inviter, invitee, inviter, invitee));
      int updated =
          c.createStatement()
              .executeUpdate(
                  "update scheduled_tasks set execution_time = now()"
                      + " where task_name = 'invitation-reminders'");
      assertThat(updated).as("the reminder task is registered").isEqualTo(1);
      Thread.sleep(25_000); // the schedulers poll every 10 s
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "select count(*) from outbox where to_address = 'aiko.tanaka@northwind.example'"
                      + " and created_at > now() - interval '1 minute'")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static String id(Connection c, String email) throws Exception {
    try (PreparedStatement q = c.prepareStatement("select id from people where email = ?")) {
      q.setString(1, email);
      try (ResultSet rs = q.executeQuery()) {
        assertThat(rs.next()).as(email).isTrue();
        return rs.getString(1);
      }
    }
  }

  // --- the simulated person ------------------------------------------------------------------

  /** Resumes the person's open response and saves one answer; returns "response/item". */
  private String saveOneAnswer(int port, String token, int turn) throws Exception {
    HttpResponse<String> open = api(port, "POST", "/api/v1/profile/responses", token, null);
    Matcher response = ID.matcher(open.body());
    if (open.statusCode() / 100 != 2 || !response.find()) {
      throw new IOException("resume answered " + open.statusCode());
    }
    List<String[]> items = items(open.body());
    String[] item = items.get(Math.floorMod(turn, items.size()));
    int k = Math.floorMod(turn, 11);
    String body =
        "{\"points\":{\"%s\":%d,\"%s\":%d,\"%s\":0}}"
            .formatted(item[1], k, item[2], 10 - k, item[3]);
    String path = "/api/v1/profile/responses/" + response.group(1) + "/answers/" + item[0];
    HttpResponse<String> saved = api(port, "PUT", path, token, body);
    if (saved.statusCode() != 200) {
      throw new IOException("save answered " + saved.statusCode());
    }
    return response.group(1) + "/" + item[0];
  }

  private static List<String[]> items(String json) throws IOException {
    List<String[]> items = new ArrayList<>();
    String[] blocks = json.split("\\{\"step\"");
    for (int b = 1; b < blocks.length; b++) {
      Matcher id = ITEM.matcher(blocks[b]);
      Matcher endings = ENDING.matcher(blocks[b]);
      List<String> ids = new ArrayList<>();
      while (endings.find()) {
        ids.add(endings.group(1));
      }
      if (!id.find() || ids.size() != 3) {
        throw new IOException("unreadable item in " + json);
      }
      items.add(new String[] {id.group(1), ids.get(0), ids.get(1), ids.get(2)});
    }
    return items;
  }

  private String token(int port, String email) throws Exception {
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> created =
        api(port, "POST", "/api/v1/tokens", basic, "{\"name\":\"faults short form\"}");
    Matcher secret = TOKEN.matcher(created.body());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(secret.find()).isTrue();
    return "Bearer " + secret.group(1);
  }

  private HttpResponse<String> api(
      int port, String method, String path, String authorization, String json) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization);
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void signIn(HttpClient browser, int port, String email) throws Exception {
    String base = "http://127.0.0.1:" + port;
    HttpResponse<String> form =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher csrf = CSRF.matcher(form.body());
    assertThat(csrf.find()).isTrue();
    String body =
        "email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + DEMO_PASSWORD
            + "&_csrf="
            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  // --- processes and the database ------------------------------------------------------------

  private Process start(String database, int port, String name) throws IOException {
    Path log = Path.of("target", "faults-short", name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "app.velocity.VelocityApplication");
    Map<String, String> env = builder.environment();
    env.put("VELOCITY_DB_URL", database);
    env.put("VELOCITY_DB_USER", user());
    env.put("VELOCITY_DB_PASSWORD", password());
    env.put("VELOCITY_DEMO", "true");
    env.put("PORT", Integer.toString(port));
    env.put("VELOCITY_BASE_URL", "http://127.0.0.1:" + port);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private void awaitUp(int port) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Velocity on port " + port + " did not come up in 180 s");
  }

  private static void awaitAtLeast(AtomicInteger acks, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (acks.get() < count && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(acks.get()).as("acknowledged answers so far").isGreaterThanOrEqualTo(count);
  }

  /** The acknowledged answers that are not in the database in a still-open response. */
  private List<String> missingOrClosed(String database, Set<String> acknowledged) throws Exception {
    List<String> missing = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(database, user(), password());
        PreparedStatement found =
            c.prepareStatement(
                "select count(*) from inventory_answers a join inventory_responses r"
                    + " on r.id = a.response_id where a.response_id = ?::uuid and a.item_id = ?"
                    + " and r.completed_at is null")) {
      for (String answer : acknowledged) {
        String[] parts = answer.split("/");
        found.setString(1, parts[0]);
        found.setString(2, parts[1]);
        try (ResultSet rs = found.executeQuery()) {
          rs.next();
          if (rs.getInt(1) != 1) {
            missing.add(answer);
          }
        }
      }
    }
    return missing;
  }

  /** A database of its own next to the test database, created afresh. */
  private static String freshDatabase() throws Exception {
    String url = testDatabaseUrl();
    assertThat(url).as("the fault tests need PostgreSQL").startsWith("jdbc:postgresql:");
    // named after the test database, so that two checkouts sharing one server do not drop each
    // other's database mid-run
    Matcher m = Pattern.compile("/([A-Za-z0-9_]+)(\\?.*)?$").matcher(url);
    assertThat(m.find()).as("a database name in " + url).isTrue();
    String name = m.group(1) + "_faults_short";
    String faults = url.substring(0, m.start()) + "/" + name;
    try (Connection c = DriverManager.getConnection(url, user(), password())) {
      c.createStatement().execute("drop database if exists " + name + " with (force)");
      c.createStatement().execute("create database " + name);
    }
    return faults;
  }

  private static String testDatabaseUrl() {
    return System.getenv()
        .getOrDefault("VELOCITY_TEST_DB_URL", "jdbc:postgresql://localhost:5432/velocity_test");
  }

  private static String user() {
    return System.getenv().getOrDefault("VELOCITY_TEST_DB_USER", "velocity");
  }

  private static String password() {
    return System.getenv().getOrDefault("VELOCITY_TEST_DB_PASSWORD", "velocity");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
