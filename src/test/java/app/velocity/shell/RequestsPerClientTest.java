package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * One client address may hold only so many requests at once; the next is refused at once, and other
 * addresses are served as before. Requests are held open by latches, not by time.
 */
class RequestsPerClientTest {

  private final RequestsPerClient filter = new RequestsPerClient(2);
  private final CountDownLatch entered = new CountDownLatch(2);
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void aClientOverItsShareIsRefusedAtOnceWhileOthersAreServed() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<MockHttpServletResponse> first = threads.submit(() -> held("10.0.0.1"));
      Future<MockHttpServletResponse> second = threads.submit(() -> held("10.0.0.1"));
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

      MockHttpServletResponse third = request("10.0.0.1", "/api/v1/me");
      assertThat(third.getStatus()).isEqualTo(429);
      assertThat(third.getHeader("Retry-After")).isEqualTo("2");
      assertThat(third.getContentType()).startsWith("application/problem+json");
      assertThat(third.getContentAsString()).contains("too many requests open");
      MockHttpServletResponse page = request("10.0.0.1", "/");
      assertThat(page.getStatus()).isEqualTo(429);
      assertThat(page.getContentType()).startsWith("text/html");

      assertThat(request("10.0.0.2", "/api/v1/me").getStatus()).isEqualTo(200);

      release.countDown();
      assertThat(first.get().getStatus()).isEqualTo(200);
      assertThat(second.get().getStatus()).isEqualTo(200);
      assertThat(filter.open("10.0.0.1")).isZero();
      assertThat(request("10.0.0.1", "/api/v1/me").getStatus()).isEqualTo(200);
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  void aRefusedOrFailedRequestGivesItsPlaceBack() throws Exception {
    RequestsPerClient one = new RequestsPerClient(1);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setRemoteAddr("10.0.0.3");
    try {
      one.doFilter(
          request,
          new MockHttpServletResponse(),
          (req, res) -> {
            throw new IllegalStateException("a failing page");
          });
    } catch (IllegalStateException expected) {
      // the page's failure passes on unchanged
    }
    assertThat(one.open("10.0.0.3")).isZero();
  }

  @Test
  void anIpv6ClientIsCountedByItsNetwork() {
    assertThat(RequestsPerClient.client("2001:db8:1:2::1"))
        .isEqualTo(RequestsPerClient.client("2001:db8:1:2:ffff:0:0:9"))
        .isNotEqualTo(RequestsPerClient.client("2001:db8:1:3::1"));
    assertThat(RequestsPerClient.client("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(RequestsPerClient.client("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void theCapIsOffBehindAProxyAndWhenSetToZero() {
    var settings = new RequestLimitSettings.FromProperties();
    assertThat(limits(settings, 64, "none").requestsPerClient()).isEqualTo(64);
    assertThat(limits(settings, 64, "native").capsRequestsPerClient()).isFalse();
    assertThat(limits(settings, 64, "framework").capsRequestsPerClient()).isFalse();
    assertThat(limits(settings, 0, "none").capsRequestsPerClient()).isFalse();
  }

  private static RequestLimitSettings limits(
      RequestLimitSettings.FromProperties settings, int perClient, String forwardHeaders) {
    return settings.requestLimitSettings(
        DataSize.ofKilobytes(16),
        DataSize.ofKilobytes(256),
        DataSize.ofMegabytes(2),
        Duration.ofSeconds(10),
        DataSize.ofKilobytes(1),
        perClient,
        forwardHeaders,
        DataSize.ofMegabytes(1),
        1,
        Duration.ofSeconds(2));
  }

  private MockHttpServletResponse held(String address) throws Exception {
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/api/v1/profiles/calculate");
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request,
        response,
        (req, res) -> {
          entered.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    return response;
  }

  private MockHttpServletResponse request(String address, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setRemoteAddr(address);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (req, res) -> {});
    return response;
  }
}
