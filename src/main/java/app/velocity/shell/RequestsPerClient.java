package app.velocity.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code velocity.limits.requests-per-client} requests at once from one client address (an
 * IPv6 client by its /64, which one machine usually holds whole); more are answered 429 with
 * Retry-After at once, before anything is read. A client that trickles its bodies, or fires
 * requests without waiting for answers, then holds that many of the server's threads and no more,
 * and everyone else is still served.
 *
 * <p>Only where clients connect directly: behind a proxy (any {@code
 * server.forward-headers-strategy}) the cap is off, and the proxy limits clients
 * (docs/deployment.md).
 */
class RequestsPerClient extends OncePerRequestFilter {

  private final int limit;
  private final ConcurrentHashMap<String, Integer> open = new ConcurrentHashMap<>();

  RequestsPerClient(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = client(request.getRemoteAddr());
    int now = open.merge(client, 1, Integer::sum);
    try {
      if (now > limit) {
        RefusalAnswers.write(request, response, new TooManyAtOnce());
        return;
      }
      chain.doFilter(request, response);
    } finally {
      open.computeIfPresent(client, (address, count) -> count == 1 ? null : count - 1);
    }
  }

  /** Requests open now from this address; for tests and the metrics of an attack. */
  int open(String address) {
    return open.getOrDefault(client(address), 0);
  }

  static String client(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    try {
      // a literal is parsed, never looked up; its first 64 bits are the network of one machine
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length == 16) {
        return HexFormat.of().formatHex(bytes, 0, 8) + "/64";
      }
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<RequestsPerClient> requestsPerClient(RequestLimitSettings settings) {
      FilterRegistrationBean<RequestsPerClient> registration =
          new FilterRegistrationBean<>(new RequestsPerClient(settings.requestsPerClient()));
      registration.setEnabled(settings.capsRequestsPerClient());
      // before everything that reads the body, the session or the database
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
      return registration;
    }
  }
}
