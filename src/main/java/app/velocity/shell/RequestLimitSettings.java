package app.velocity.shell;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may send, how fast it must send it and how many requests one client may have
 * open at once (docs/deployment.md, "Limits against bad clients").
 *
 * @param bodyBytes the body a handler reads, unless it declares its own {@link BodyLimit}
 * @param formBytes a form post, parsed by the server (Tomcat's own limit, the same property)
 * @param uploadBytes a file upload, parsed by the server (the multipart limit, the same property)
 * @param slowBodyGrace how long reading a body may wait in all before its pace is checked
 * @param slowBodyBytesPerSecond the slowest pace a body may arrive at after the grace
 * @param requestsPerClient requests at once from one address; 0 switches the cap off
 * @param largeBodyBytes a body longer than this is large: it may need many times its length in
 *     memory while it is handled
 * @param largeBodiesAtOnce how many large bodies are handled at once
 * @param largeBodyWait how long a large body waits for its turn before a 503
 */
record RequestLimitSettings(
    long bodyBytes,
    long formBytes,
    long uploadBytes,
    Duration slowBodyGrace,
    long slowBodyBytesPerSecond,
    int requestsPerClient,
    long largeBodyBytes,
    int largeBodiesAtOnce,
    Duration largeBodyWait) {

  RequestLimitSettings {
    if (bodyBytes <= 0 || formBytes <= 0 || uploadBytes <= 0) {
      throw new IllegalArgumentException(
          "velocity.limits: body, form and upload limits must be set");
    }
    if (slowBodyGrace == null || slowBodyGrace.isNegative() || slowBodyBytesPerSecond < 0) {
      throw new IllegalArgumentException(
          "velocity.limits.slow-body-grace and slow-body-rate must not be negative");
    }
    if (largeBodyBytes <= 0 || largeBodiesAtOnce <= 0 || largeBodyWait == null) {
      throw new IllegalArgumentException(
          "velocity.limits.large-body, large-bodies-at-once and large-body-wait must be set");
    }
    if (requestsPerClient < 0) {
      throw new IllegalArgumentException(
          "velocity.limits.requests-per-client must not be negative");
    }
  }

  boolean capsRequestsPerClient() {
    return requestsPerClient > 0;
  }

  @Configuration(proxyBeanMethods = false)
  static class FromProperties {

    @Bean
    RequestLimitSettings requestLimitSettings(
        @Value("${velocity.limits.body:16KB}") DataSize body,
        @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize form,
        @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize upload,
        @Value("${velocity.limits.slow-body-grace:10s}") Duration grace,
        @Value("${velocity.limits.slow-body-rate:1KB}") DataSize rate,
        @Value("${velocity.limits.requests-per-client:64}") int perClient,
        @Value("${server.forward-headers-strategy:none}") String forwardHeaders,
        @Value("${velocity.limits.large-body:1MB}") DataSize large,
        @Value("${velocity.limits.large-bodies-at-once:1}") int largeAtOnce,
        @Value("${velocity.limits.large-body-wait:2s}") Duration largeWait) {
      // Behind a proxy every request comes from the proxy's address, or from one the proxy was
      // told: counting per address would either throttle everyone at once or let a forged header
      // use up someone else's share. The proxy limits clients there (docs/deployment.md).
      boolean behindProxy = !"none".equalsIgnoreCase(forwardHeaders.strip());
      return new RequestLimitSettings(
          body.toBytes(),
          form.toBytes(),
          upload.toBytes(),
          grace,
          rate.toBytes(),
          behindProxy ? 0 : perClient,
          large.toBytes(),
          largeAtOnce,
          largeWait);
    }
  }
}
