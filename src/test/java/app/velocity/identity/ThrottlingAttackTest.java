package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.mail.Mailer;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Lock-out is not a weapon (issue 14, §8): an insider who knows a coach's or an admin's address
 * tries to keep them out by failing to sign in as them, and tries to guess passwords anyway.
 */
@IntegrationTest
class ThrottlingAttackTest {

  private static final Pattern SIGN_IN_LINK =
      Pattern.compile("http://localhost(/sign-in/link/\\S+)");

  /** Each test takes client addresses of its own, so that the tests do not throttle each other. */
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Mailer mailer;
  @Autowired JdbcClient jdbc;

  static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
  }

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private String signIn(String email, String password, String address) throws Exception {
    return mvc.perform(
            post("/sign-in")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(from(address)))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  /**
   * The wait a throttled sign-in was told, in seconds, or 0 when it was not throttled. The figure
   * counts down while the test runs, so tests compare it to a range, never to one value.
   */
  static long waitOf(String redirect) {
    Matcher m = Pattern.compile("^/sign-in\\?wait=(\\d+)$").matcher(redirect);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  /** Makes every wait of this client address for this account run out, as time would. */
  private void waitOut(String email, String address) {
    jdbc.sql("update throttles set blocked_until = ? where key_hash = ?")
        .param(Timestamp.from(Instant.now().minusSeconds(1)))
        .param(Secrets.hash(SignInThrottle.pairKey(email, address)))
        .update();
  }

  @Test
  void anAttackersFailuresDoNotKeepTheCoachOrTheAdminOut() throws Exception {
    PersonView coach = fixtures.person(Role.COACH, null);
    PersonView admin = fixtures.admin();
    String attacker = newAddress();
    for (PersonView victim : new PersonView[] {coach, admin}) {
      for (int i = 0; i < 8; i++) {
        String answer = signIn(victim.email(), "guess " + i, attacker);
        if (i < 5) {
          assertThat(answer).isEqualTo("/sign-in?error");
        } else {
          assertThat(waitOf(answer)).isBetween(1L, 30L);
        }
      }
      // before: five failures locked the account for 15 minutes, even for the right password
      assertThat(signIn(victim.email(), Fixtures.PASSWORD, newAddress())).isEqualTo("/");
    }
  }

  @Test
  void theAttackersOwnAddressWaitsLongerAfterEachFurtherFailure() throws Exception {
    PersonView coach = fixtures.person(Role.COACH, null);
    String attacker = newAddress();
    for (int i = 0; i < 5; i++) {
      assertThat(signIn(coach.email(), "guess " + i, attacker)).isEqualTo("/sign-in?error");
    }
    // the right password does not get through during the wait: it would confirm a guess
    assertThat(waitOf(signIn(coach.email(), Fixtures.PASSWORD, attacker))).isBetween(1L, 30L);
    waitOut(coach.email(), attacker);
    assertThat(signIn(coach.email(), "guess 6", attacker)).isEqualTo("/sign-in?error");
    assertThat(waitOf(signIn(coach.email(), "guess 7", attacker))).isBetween(31L, 60L);
    waitOut(coach.email(), attacker);
    assertThat(signIn(coach.email(), "guess 8", attacker)).isEqualTo("/sign-in?error");
    assertThat(waitOf(signIn(coach.email(), "guess 9", attacker))).isBetween(61L, 120L);
    String page =
        mvc.perform(get("/sign-in").param("wait", "120"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Try again in 2 minutes").contains("href=\"/sign-in/link\"");
  }

  @Test
  void theOwnerAlwaysGetsInByAnEmailedLinkWhileGuessesFromEverywhereSlowTheAccount()
      throws Exception {
    PersonView coach = fixtures.person(Role.COACH, null);
    // guesses spread over many addresses: each address stays under its own limit
    for (int a = 0; a < 3; a++) {
      String attacker = newAddress();
      for (int i = 0; i < 4; i++) {
        signIn(coach.email(), "guess " + a + i, attacker);
      }
    }
    String own = newAddress();
    assertThat(signIn(coach.email(), Fixtures.PASSWORD, own)).startsWith("/sign-in?wait=");
    // the sign-in link is not held back by any throttle of password sign-ins
    mvc.perform(post("/sign-in/link").param("email", coach.email()).with(csrf()).with(from(own)));
    Matcher link = SIGN_IN_LINK.matcher(mailer.to(coach.email()).get(0).body());
    assertThat(link.find()).isTrue();
    mvc.perform(get(link.group(1)).with(from(own)));
    MvcResult in = mvc.perform(post(link.group(1)).with(csrf()).with(from(own))).andReturn();
    assertThat(in.getResponse().getRedirectedUrl()).isEqualTo("/");
    Cookie session = SignInSupport.sessionCookie(in);
    assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getContentAsString())
        .contains(coach.name());
    // and having proved the mailbox, the owner's password works again at once
    assertThat(signIn(coach.email(), Fixtures.PASSWORD, own)).isEqualTo("/");
  }

  @Test
  void aBurstOfGuessesSentAtOnceGetsNoMorePasswordChecksThanOneAfterTheOther() throws Exception {
    PersonView coach = fixtures.person(Role.COACH, null);
    String attacker = newAddress();
    // more guesses at once than the test's connection pool has connections
    int burst = 12;
    CyclicBarrier together = new CyclicBarrier(burst);
    ExecutorService threads = Executors.newFixedThreadPool(burst);
    List<String> answers = new ArrayList<>();
    try {
      List<Future<String>> sent = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        String guess = "guess " + i;
        sent.add(
            threads.submit(
                () -> {
                  together.await();
                  return signIn(coach.email(), guess, attacker);
                }));
      }
      for (Future<String> answer : sent) {
        answers.add(answer.get());
      }
    } finally {
      threads.shutdownNow();
    }
    long checked = answers.stream().filter("/sign-in?error"::equals).count();
    long waiting = answers.stream().filter(a -> waitOf(a) > 0).count();
    assertThat(checked).isEqualTo(SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free());
    assertThat(waiting).isEqualTo(burst - checked);
  }

  @Test
  void oneAddressTryingManyAccountsIsSlowedDown() throws Exception {
    String sprayer = newAddress();
    for (int i = 0; i < SignInThrottle.PER_ADDRESS.free(); i++) {
      assertThat(signIn(Fixtures.unique("target") + "@example.test", "Summer2026!", sprayer))
          .isEqualTo("/sign-in?error");
    }
    assertThat(waitOf(signIn(Fixtures.unique("target") + "@example.test", "Summer2026!", sprayer)))
        .isBetween(1L, 30L);
    // a real account from that address waits too; from anywhere else it is untouched
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    assertThat(waitOf(signIn(exec.email(), Fixtures.PASSWORD, sprayer))).isBetween(1L, 30L);
    assertThat(signIn(exec.email(), Fixtures.PASSWORD, newAddress())).isEqualTo("/");
  }

  @Test
  void anAddressSharedByManyPeopleIsNotThrottledAsOneClient() throws Exception {
    // 127.0.0.1 is configured as shared in the tests (velocity.throttle.shared-addresses)
    for (int i = 0; i < SignInThrottle.PER_ADDRESS.free() + 5; i++) {
      signIn(Fixtures.unique("someone") + "@example.test", "wrong password", "127.0.0.1");
    }
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    assertThat(signIn(exec.email(), Fixtures.PASSWORD, "127.0.0.1")).isEqualTo("/");
  }

  @Test
  void anUnknownAddressIsThrottledExactlyLikeAKnownOne() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String unknown = Fixtures.unique("nobody") + "@example.test";
    String a = newAddress();
    String b = newAddress();
    for (int i = 0; i < 7; i++) {
      for (String answer :
          new String[] {signIn(unknown, "guess " + i, a), signIn(exec.email(), "guess " + i, b)}) {
        if (i < 5) {
          assertThat(answer).isEqualTo("/sign-in?error");
        } else {
          assertThat(waitOf(answer)).isBetween(1L, 30L);
        }
      }
    }
  }

  @Test
  void tokenCreationFromAnotherAddressIsNotHeldBackByAnAttackersFailures() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String attacker = newAddress();
    for (int i = 0; i < 6; i++) {
      mvc.perform(
          post("/api/v1/tokens")
              .with(httpBasic(exec.email(), "wrong password"))
              .with(from(attacker))
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"name\": \"x\"}"));
    }
    assertThat(
            mvc.perform(
                    post("/api/v1/tokens")
                        .with(httpBasic(exec.email(), Fixtures.PASSWORD))
                        .with(from(attacker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(429);
    assertThat(
            mvc.perform(
                    post("/api/v1/tokens")
                        .with(httpBasic(exec.email(), Fixtures.PASSWORD))
                        .with(from(newAddress()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\"}"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(201);
  }
}
