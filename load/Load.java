import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load harness's HTTP client, a single-file Java program (run with {@code java load/Load.java
 * <command> ...}, JDK 17, no dependencies). Everything it does goes through Velocity's own web
 * forms and JSON API, so that seeded data passes the same validation, services and events as real
 * data.
 *
 * <ul>
 *   <li>{@code signin BASE EMAIL PASSWORD}: prints the SESSION cookie value of a form sign-in.
 *   <li>{@code sessions BASE EMAIL PASSWORD N}: N separate sign-ins, comma-separated.
 *   <li>{@code token BASE EMAIL PASSWORD NAME}: prints a new personal access token.
 *   <li>{@code seed BASE ADMIN_EMAIL PASSWORD ORGS EXECS_PER_ORG COLLEAGUES_PER_ORG COACHES OUT}:
 *       scales the demo firm up and writes what the benchmark needs to OUT (shell variables).
 *   <li>{@code answerers BASE PASSWORD OUT EMAIL...}: for each person, a token and an open
 *       inventory response; writes one line per item ("token response item ending ending ending")
 *       to OUT for the answer-save benchmark (wrk/answer-save.lua).
 *   <li>{@code journeys BASE USERS SECONDS ACKS ERRORS}: simulated users doing journeys; every
 *       acknowledged (2xx) write is appended to ACKS, every failure with its time to ERRORS.
 * </ul>
 */
public class Load {

  static final Duration TIMEOUT = Duration.ofSeconds(10);
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "signin" -> System.out.println(new Browser(args[1]).signIn(args[2], args[3]));
      case "sessions" -> sessions(args[1], args[2], args[3], Integer.parseInt(args[4]));
      case "token" -> System.out.println(token(args[1], args[2], args[3], args[4]));
      case "seed" -> seed(args);
      case "journeys" -> journeys(args);
      case "answerers" -> answerers(args);
      default -> throw new IllegalArgumentException("unknown command " + args[0]);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A browser: cookies, CSRF token from the page, form posts; no redirects followed.

  static final class Browser {
    final String base;
    final HttpClient http;
    final CookieManager cookies = new CookieManager();

    Browser(String base) {
      this.base = base;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(cookies)
              .connectTimeout(Duration.ofSeconds(3))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String csrf(String path) throws IOException, InterruptedException {
      HttpResponse<String> page = get(path);
      Matcher m = CSRF.matcher(page.body());
      if (!m.find()) {
        throw new IOException("no CSRF token on " + path + " (" + page.statusCode() + ")");
      }
      return m.group(1);
    }

    HttpResponse<String> post(String path, String csrfFrom, Map<String, String> form)
        throws IOException, InterruptedException {
      Map<String, String> fields = new LinkedHashMap<>(form);
      fields.put("_csrf", csrf(csrfFrom));
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (k, v) ->
              body.append(body.isEmpty() ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the form and returns the SESSION cookie's value. */
    String signIn(String email, String password) throws IOException, InterruptedException {
      HttpResponse<String> r =
          post("/sign-in", "/sign-in", Map.of("email", email, "password", password));
      String location = r.headers().firstValue("Location").orElse("");
      if (r.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
        throw new IOException("sign-in of " + email + " failed: " + r.statusCode() + " " + location);
      }
      return session();
    }

    String session() {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("SESSION"))
          .map(c -> c.getValue())
          .findFirst()
          .orElseThrow();
    }
  }

  static HttpResponse<String> api(
      HttpClient http, String method, String url, String auth, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", auth);
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String email, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String token(String base, String email, String password, String name) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r =
        api(
            http,
            "POST",
            base + "/api/v1/tokens",
            basic(email, password),
            "{\"name\":\"" + name + "\"}");
    Matcher m = TOKEN.matcher(r.body());
    if (r.statusCode() != 201 || !m.find()) {
      throw new IOException("token creation failed: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  /** One line per (person, item): what the answer-save benchmark needs to PUT an answer. */
  static void answerers(String[] a) throws Exception {
    String base = a[1];
    String password = a[2];
    Path out = Path.of(a[3]);
    HttpClient http = HttpClient.newHttpClient();
    List<String> lines = new ArrayList<>();
    for (int i = 4; i < a.length; i++) {
      String bearer = "Bearer " + token(base, a[i], password, "answer-save benchmark");
      HttpResponse<String> r = api(http, "POST", base + "/api/v1/profile/responses", bearer, null);
      if (r.statusCode() / 100 != 2) {
        throw new IOException(a[i] + ": starting a response gave " + r.statusCode() + " " + r.body());
      }
      Matcher id = ID.matcher(r.body());
      if (!id.find()) {
        throw new IOException(a[i] + ": no response id in " + r.body());
      }
      for (String[] it : items(r.body())) {
        lines.add(String.join(" ", bearer.substring(7), id.group(1), it[0], it[1], it[2], it[3]));
      }
    }
    Files.write(out, lines);
    System.err.println(lines.size() + " (person, item) pairs for " + (a.length - 4) + " people");
  }

  static final Pattern ITEM = Pattern.compile("\"id\"\\s*:\\s*\"([A-Z]{2}[0-9]+)\"");
  static final Pattern ENDING =
      Pattern.compile("\\{\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"drive\"");

  /** The items of a response in the API's JSON: item id and its three ending ids each. */
  static List<String[]> items(String responseJson) throws IOException {
    List<String[]> items = new ArrayList<>();
    String[] blocks = responseJson.split("\\{\"step\"");
    for (int b = 1; b < blocks.length; b++) {
      Matcher itemId = ITEM.matcher(blocks[b]);
      Matcher endings = ENDING.matcher(blocks[b]);
      List<String> ids = new ArrayList<>();
      while (endings.find()) {
        ids.add(endings.group(1));
      }
      if (!itemId.find() || ids.size() != 3) {
        throw new IOException("could not read item " + b + " of " + responseJson);
      }
      items.add(new String[] {itemId.group(1), ids.get(0), ids.get(1), ids.get(2)});
    }
    return items;
  }

  /** Prints N separate sessions of one person, comma-separated: one per simulated user. */
  static void sessions(String base, String email, String password, int n) throws Exception {
    List<String> sessions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sessions.add(new Browser(base).signIn(email, password));
    }
    System.out.println(String.join(",", sessions));
  }

  static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  // ---------------------------------------------------------------------------------------------
  // Seeding: organisations and people through the admin API (bearer token), coaches and coach
  // assignments through the admin forms (there is no API for them yet).

  static void seed(String[] a) throws Exception {
    String base = a[1];
    String adminEmail = a[2];
    String password = a[3];
    int orgs = Integer.parseInt(a[4]);
    int execsPerOrg = Integer.parseInt(a[5]);
    int colleaguesPerOrg = Integer.parseInt(a[6]);
    int coachCount = Integer.parseInt(a[7]);
    Path out = Path.of(a[8]);
    Instant started = Instant.now();

    String bearer = "Bearer " + token(base, adminEmail, password, "load seeding");
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    Browser admin = new Browser(base);
    admin.signIn(adminEmail, password);

    // coaches, through the form (answers with a redirect to the new person's page)
    List<String> coaches = new ArrayList<>();
    String maria = null;
    for (int i = 0; i < coachCount; i++) {
      HttpResponse<String> r =
          admin.post(
              "/admin/coaches",
              "/admin/coaches",
              Map.of(
                  "name", "Load Coach " + i,
                  "email", "load.coach." + i + "@coaches.load.test",
                  "role", "COACH"));
      String location = r.headers().firstValue("Location").orElse("");
      if (r.statusCode() != 302 || !location.contains("/admin/people/")) {
        throw new IOException("adding a coach failed: " + r.statusCode() + " " + location);
      }
      coaches.add(location.substring(location.lastIndexOf('/') + 1));
    }
    // the demo coach Maria signs in during the benchmark: she gets her share of executives too
    HttpResponse<String> people = admin.get("/admin/coaches");
    Matcher mariaRow =
        Pattern.compile("/admin/people/([0-9a-f-]{36})\"[^<]*>Maria Lindqvist").matcher(people.body());
    if (mariaRow.find()) {
      maria = mariaRow.group(1);
      coaches.add(maria);
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger added = new AtomicInteger();
    List<String> orgIds = new ArrayList<>();
    for (int o = 0; o < orgs; o++) {
      HttpResponse<String> r =
          api(
              http,
              "POST",
              base + "/api/v1/organisations",
              bearer,
              "{\"name\":" + json("Load Organisation " + o) + "}");
      Matcher m = ID.matcher(r.body());
      if (r.statusCode() != 201 || !m.find()) {
        throw new IOException("adding an organisation failed: " + r.statusCode() + " " + r.body());
      }
      orgIds.add(m.group(1));
    }
    List<Future<String>> executives = new ArrayList<>();
    List<Future<String>> others = new ArrayList<>();
    for (int o = 0; o < orgs; o++) {
      String org = orgIds.get(o);
      int n = o;
      for (int i = 0; i < execsPerOrg + colleaguesPerOrg + 2; i++) {
        int k = i;
        String role = i < execsPerOrg ? "executive" : i < execsPerOrg + 2 ? "sponsor" : "colleague";
        Future<String> f =
            pool.submit(
                () -> {
                  String email = role + "." + n + "." + k + "@org" + n + ".load.test";
                  String body =
                      "{\"name\":"
                          + json("Load " + role + " " + n + "-" + k)
                          + ",\"email\":"
                          + json(email)
                          + ",\"role\":"
                          + json(role)
                          + ",\"title\":"
                          + json("Title " + k)
                          + "}";
                  HttpResponse<String> r =
                      api(http, "POST", base + "/api/v1/organisations/" + org + "/people", bearer, body);
                  Matcher m = ID.matcher(r.body());
                  if (r.statusCode() != 201 || !m.find()) {
                    throw new IOException("adding a person failed: " + r.statusCode() + " " + r.body());
                  }
                  added.incrementAndGet();
                  return m.group(1);
                });
        (role.equals("executive") ? executives : others).add(f);
      }
    }
    List<String> executiveIds = new ArrayList<>();
    for (Future<String> f : executives) {
      executiveIds.add(f.get());
    }
    for (Future<String> f : others) {
      f.get();
    }
    Duration peopleTook = Duration.between(started, Instant.now());

    // every executive gets a coach, round robin, through the admin form; one browser per thread
    List<Future<Integer>> assigned = new ArrayList<>();
    int threads = 4;
    for (int t = 0; t < threads; t++) {
      int first = t;
      assigned.add(
          pool.submit(
              () -> {
                Browser b = new Browser(base);
                b.signIn(adminEmail, password);
                int done = 0;
                for (int i = first; i < executiveIds.size(); i += threads) {
                  String exec = executiveIds.get(i);
                  HttpResponse<String> r =
                      b.post(
                          "/admin/people/" + exec + "/coach",
                          "/admin/coaches",
                          Map.of("coach", coaches.get(i % coaches.size())));
                  if (r.statusCode() != 302) {
                    throw new IOException("assigning a coach failed: " + r.statusCode());
                  }
                  done++;
                }
                return done;
              }));
    }
    int assignments = 0;
    for (Future<Integer> f : assigned) {
      assignments += f.get();
    }
    pool.shutdown();
    Duration took = Duration.between(started, Instant.now());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      w.println("SEED_ORGANISATION=" + orgIds.get(0));
      w.println("SEED_ADMIN_TOKEN=" + bearer.substring("Bearer ".length()));
      w.println("SEED_PEOPLE=" + added.get());
      w.println("SEED_ORGS=" + orgs);
      w.println("SEED_COACH_ASSIGNMENTS=" + assignments);
      w.println("SEED_PEOPLE_SECONDS=" + peopleTook.toMillis() / 1000.0);
      w.println("SEED_SECONDS=" + took.toMillis() / 1000.0);
      w.println("SEED_MARIA=" + (maria == null ? "" : maria));
    }
    System.out.printf(
        "seeded %d organisations, %d people (%.0f/s through the API), %d coach assignments in %.1f s%n",
        orgs,
        added.get(),
        added.get() / (peopleTook.toMillis() / 1000.0),
        assignments,
        took.toMillis() / 1000.0);
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------------------
  // Journeys: each simulated user signs in as one of the demo people, browses, creates and revokes
  // a token through the API and (firm admins) adds a person through the API. Writes that were
  // acknowledged (2xx) are appended to ACKS as "kind id"; failures to ERRORS as "epochMillis what".

  /** A demo person the simulated users act as; {@code answers}: takes the inventory as well. */
  record Persona(String email, boolean admin, boolean answers) {}

  static final List<Persona> PERSONAS =
      List.of(
          new Persona("admin@demo.velocity.app", true, false),
          new Persona("coach.maria@demo.velocity.app", false, false),
          new Persona("coach.tom@demo.velocity.app", false, false),
          new Persona("sam.okafor@northwind.example", false, true),
          new Persona("harriet.cole@northwind.example", false, false),
          new Persona("priya.raman@northwind.example", false, true));

  /** Rounds of API calls a journey's token serves before it is revoked and a new one created. */
  static final int TOKEN_ROUNDS = 5;

  /**
   * Names of token creations whose answer never came (timed out, or the server killed with the
   * request in flight): the token may exist without anyone holding it. Revoked from the person's tokens page when the limit of 20
   * active tokens refuses a new one, as a person would; the time-out was counted as a failure.
   */
  static final java.util.Set<String> UNANSWERED_TOKENS =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  static final Pattern TOKEN_ROW =
      Pattern.compile(
          "<tr>\\s*<td>([^<]*)</td>.*?action=\"(/account/tokens/[0-9a-f-]{36}/revoke)\"",
          Pattern.DOTALL);

  /** Revokes the person's tokens of {@link #UNANSWERED_TOKENS}; how many. */
  static int revokeUnanswered(Browser browser) throws IOException, InterruptedException {
    int revoked = 0;
    for (String row : browser.get("/account/tokens").body().split("</tr>")) {
      Matcher m = TOKEN_ROW.matcher(row);
      if (m.find() && UNANSWERED_TOKENS.remove(m.group(1).strip())) {
        browser.post(m.group(2), "/account/tokens", Map.of());
        revoked++;
      }
    }
    return revoked;
  }

  /** Creates a token named {@code name} with the password; remembers it when no answer came. */
  static HttpResponse<String> createToken(
      HttpClient api, String base, Persona persona, String password, String name)
      throws IOException, InterruptedException {
    try {
      return api(
          api,
          "POST",
          base + "/api/v1/tokens",
          basic(persona.email(), password),
          "{\"name\":\"" + name + "\"}");
    } catch (IOException unanswered) {
      // timed out, or the connection broke with the request sent: it may have been carried out
      UNANSWERED_TOKENS.add(name);
      throw unanswered;
    }
  }

  /** Sleeps 0.5 to 1.5 times {@code mean} milliseconds; false when interrupted. */
  static boolean think(long mean) {
    return mean <= 0 || pause(mean / 2 + (long) (Math.random() * mean));
  }

  static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException stop) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void journeys(String[] a) throws Exception {
    String base = a[1];
    int users = Integer.parseInt(a[2]);
    long seconds = Long.parseLong(a[3]);
    Path acks = Path.of(a[4]);
    Path errors = Path.of(a[5]);
    String password = a.length > 6 ? a[6] : "velocity-demo";
    String organisation = a.length > 7 ? a[7] : null;
    // between two clicks a user reads for 0.5 to 1.5 times this (LOAD_THINK_MS, default 1 s)
    long think = Long.parseLong(System.getenv().getOrDefault("LOAD_THINK_MS", "1000"));
    long ramp = Math.min(10_000, seconds * 1000 / 4);
    long deadline = System.currentTimeMillis() + seconds * 1000;
    AtomicLong ok = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong writes = new AtomicLong();
    AtomicInteger run = new AtomicInteger((int) (System.currentTimeMillis() % 100000));
    HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(acks));
        PrintWriter errOut = new PrintWriter(Files.newBufferedWriter(errors))) {
      ExecutorService pool = Executors.newFixedThreadPool(users);
      for (int u = 0; u < users; u++) {
        Persona persona = PERSONAS.get(u % PERSONAS.size());
        int user = u;
        pool.submit(
            () -> {
              // users arrive over the first seconds, as people do, not all in the same instant
              if (!pause(ramp * user / users)) {
                return;
              }
              Browser browser = null;
              String token = null;
              String tokenId = null;
              int round = 0;
              while (System.currentTimeMillis() < deadline) {
                try {
                  if (browser == null) {
                    browser = new Browser(base);
                    browser.signIn(persona.email(), password);
                  }
                  for (String page : pages(persona, organisation)) {
                    HttpResponse<String> r = browser.get(page);
                    if (r.statusCode() != 200) {
                      if (r.statusCode() == 302) {
                        browser = null; // session gone: sign in again
                      }
                      throw new IOException(page + " answered " + r.statusCode());
                    }
                    ok.incrementAndGet();
                    if (!think(think)) {
                      return;
                    }
                  }
                  if (token == null) {
                    // a personal access token, created with the password (HTTP Basic), used for
                    // the API calls of the next rounds, and revoked with itself every few rounds
                    String name = "journey " + user + "." + System.nanoTime();
                    HttpResponse<String> created = createToken(api, base, persona, password, name);
                    if (created.statusCode() == 400 && revokeUnanswered(browser) > 0) {
                      created = createToken(api, base, persona, password, name);
                    }
                    Matcher id = ID.matcher(created.body());
                    Matcher secret = TOKEN.matcher(created.body());
                    if (created.statusCode() != 201 || !id.find() || !secret.find()) {
                      throw new IOException("token creation answered " + created.statusCode());
                    }
                    ack(ackOut, "token", id.group(1), writes);
                    ok.incrementAndGet();
                    tokenId = id.group(1);
                    token = "Bearer " + secret.group(1);
                  }
                  if (persona.admin() && organisation != null) {
                    int n = run.incrementAndGet();
                    String email = "journey." + n + "." + System.nanoTime() + "@journeys.load.test";
                    HttpResponse<String> person =
                        api(
                            api,
                            "POST",
                            base + "/api/v1/organisations/" + organisation + "/people",
                            token,
                            "{\"name\":\"Journey "
                                + n
                                + "\",\"email\":\""
                                + email
                                + "\",\"role\":\"colleague\"}");
                    Matcher pid = ID.matcher(person.body());
                    if (person.statusCode() != 201 || !pid.find()) {
                      throw new IOException("adding a person answered " + person.statusCode());
                    }
                    ack(ackOut, "person", pid.group(1), writes);
                    ok.incrementAndGet();
                  }
                  if (persona.answers()) {
                    // one step of the inventory: resume the open response, save one answer
                    HttpResponse<String> open =
                        api(api, "POST", base + "/api/v1/profile/responses", token, null);
                    Matcher rid = ID.matcher(open.body());
                    if (open.statusCode() / 100 != 2 || !rid.find()) {
                      throw new IOException("resuming the inventory answered " + open.statusCode());
                    }
                    List<String[]> items = items(open.body());
                    String[] it = items.get(Math.floorMod(run.incrementAndGet(), items.size()));
                    int k = Math.floorMod(run.get(), 11);
                    HttpResponse<String> saved =
                        api(
                            api,
                            "PUT",
                            base + "/api/v1/profile/responses/" + rid.group(1) + "/answers/" + it[0],
                            token,
                            "{\"points\":{\""
                                + it[1]
                                + "\":"
                                + k
                                + ",\""
                                + it[2]
                                + "\":"
                                + (10 - k)
                                + ",\""
                                + it[3]
                                + "\":0}}");
                    if (saved.statusCode() != 200) {
                      throw new IOException("saving an answer answered " + saved.statusCode());
                    }
                    ack(ackOut, "answer", rid.group(1) + "/" + it[0], writes);
                    ok.addAndGet(2);
                  }
                  if (++round % TOKEN_ROUNDS == 0) {
                    HttpResponse<String> revoked =
                        api(api, "DELETE", base + "/api/v1/tokens/" + tokenId, token, null);
                    if (revoked.statusCode() != 204) {
                      throw new IOException("token revocation answered " + revoked.statusCode());
                    }
                    ack(ackOut, "revoked", tokenId, writes);
                    ok.incrementAndGet();
                    token = null;
                  }
                  if (!think(think)) {
                    return;
                  }
                } catch (Exception e) {
                  failed.incrementAndGet();
                  synchronized (errOut) {
                    errOut.println(
                        System.currentTimeMillis()
                            + " "
                            + persona.email()
                            + " "
                            + e.getClass().getSimpleName()
                            + ": "
                            + String.valueOf(e.getMessage()).replace('\n', ' '));
                    errOut.flush();
                  }
                  try {
                    Thread.sleep(200); // back off a little while the server is away
                  } catch (InterruptedException stop) {
                    return;
                  }
                }
              }
              // leaving: revoke the token in hand, or the next run's users of the same person
              // would meet the limit of 20 active tokens
              if (token != null) {
                try {
                  HttpResponse<String> revoked =
                      api(api, "DELETE", base + "/api/v1/tokens/" + tokenId, token, null);
                  if (revoked.statusCode() == 204) {
                    ack(ackOut, "revoked", tokenId, writes);
                  }
                } catch (Exception ignored) {
                  // the server is away: the token stays, as a real client's would
                }
              }
            });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
    }
    System.out.printf(
        "journeys: %d users, %d s, %d successful requests, %d acknowledged writes, %d failures%n",
        users, seconds, ok.get(), writes.get(), failed.get());
    System.exit(0);
  }

  static List<String> pages(Persona persona, String organisation) {
    if (persona.admin()) {
      return organisation == null
          ? List.of("/", "/admin/organisations")
          : List.of("/", "/admin/organisations", "/admin/organisations/" + organisation);
    }
    if (persona.email().startsWith("coach.")) {
      return List.of("/", "/clients", "/account/tokens");
    }
    return List.of("/", "/account/tokens");
  }

  static void ack(PrintWriter out, String kind, String id, AtomicLong writes) {
    synchronized (out) {
      out.println(kind + " " + id);
      out.flush();
    }
    writes.incrementAndGet();
  }
}
