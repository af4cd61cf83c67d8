package app.velocity.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request body has a limit, and must arrive at a working pace (docs/design.md §9). This
 * filter runs before the session and Spring Security, so bodies of people who are not signed in are
 * limited too.
 *
 * <ul>
 *   <li>A declared length (Content-Length) over what any route takes, or over the form or upload
 *       limit for those, is answered 413 at once, before a byte is read.
 *   <li>Bodies read by a handler pass through a counting stream. At its first read it learns the
 *       route's limit (the handler's {@link BodyLimit}, or {@code velocity.limits.body}): a longer
 *       declared length is refused before reading, a chunked body is cut off when it passes it.
 *   <li>The same stream times its waits for the client: once they add up to the grace, a body that
 *       came more slowly than the minimum pace is cut off with 408. Time the server spends before
 *       reading (a busy database) does not count against the client.
 *   <li>A large body (a comfort-bias history) needs one of a few turns ({@link LargeBodies}) at its
 *       first read, as it holds many times its length in memory until it is answered: it waits
 *       briefly for one, then is answered 503.
 *   <li>Forms and uploads are parsed by Tomcat, under its own limits (the same properties); a
 *       chunked one over them surfaces here and is answered 413 like the rest.
 * </ul>
 *
 * The 413 and 408 close the connection without reading the rest of the body (Tomcat drops the
 * connection on both), so a refused upload does not keep a thread busy.
 */
class BodyLimits extends OncePerRequestFilter {

  /** A route's limit, and what to tell a client who sends more. */
  record Limit(long bytes, String advice) {}

  private final RequestLimitSettings settings;
  private final ObjectProvider<RequestMappingHandlerMapping> mappings;
  private final Map<Method, Limit> declared = new ConcurrentHashMap<>();
  private final LargeBodies largeBodies;
  private volatile long ceiling = -1;

  BodyLimits(
      RequestLimitSettings settings,
      LargeBodies largeBodies,
      ObjectProvider<RequestMappingHandlerMapping> mappings) {
    this.settings = settings;
    this.largeBodies = largeBodies;
    this.mappings = mappings;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    Refusal early = early(request);
    if (early != null) {
      RefusalAnswers.write(request, response, early);
      return;
    }
    LimitedRequest limited = new LimitedRequest(request, this);
    try {
      chain.doFilter(limited, response);
    } catch (ServletException | IOException | RuntimeException e) {
      Refusal refusal = refusal(e, request);
      if (refusal == null || response.isCommitted()) {
        throw e;
      }
      response.reset();
      RefusalAnswers.write(request, response, refusal);
    } finally {
      if (limited.largeTurn != null) {
        limited.largeTurn.close();
      }
    }
  }

  private Refusal early(HttpServletRequest request) {
    long length = request.getContentLengthLong();
    if (form(request)) {
      return length > settings.formBytes() ? BodyTooLarge.form(settings.formBytes()) : null;
    }
    if (upload(request)) {
      return length > settings.uploadBytes() ? BodyTooLarge.upload(settings.uploadBytes()) : null;
    }
    return length > ceiling() ? BodyTooLarge.body(ceiling(), "") : null;
  }

  /** A refusal behind a failure that escaped the servlet, such as Tomcat's form parsing. */
  private Refusal refusal(Throwable failure, HttpServletRequest request) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof Refusal refusal) {
        return refusal;
      }
      if (t instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413) {
        return upload(request)
            ? BodyTooLarge.upload(settings.uploadBytes())
            : BodyTooLarge.form(settings.formBytes());
      }
    }
    return null;
  }

  /** The limit of the route chosen for this request; the default before one is chosen. */
  Limit limitFor(HttpServletRequest request) {
    if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE)
        instanceof HandlerMethod handler) {
      return declared.computeIfAbsent(handler.getMethod(), m -> declaredBy(handler));
    }
    return new Limit(settings.bodyBytes(), "");
  }

  private Limit declaredBy(HandlerMethod handler) {
    BodyLimit limit = handler.getMethodAnnotation(BodyLimit.class);
    if (limit == null) {
      limit = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), BodyLimit.class);
    }
    return limit == null
        ? new Limit(settings.bodyBytes(), "")
        : new Limit(limit.kilobytes() * 1024L, limit.advice());
  }

  /** The largest body any route takes: anything longer is refused before a route is chosen. */
  private long ceiling() {
    long known = ceiling;
    if (known < 0) {
      known =
          mappings
              .orderedStream()
              .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
              .mapToLong(handler -> declaredBy(handler).bytes())
              .reduce(settings.bodyBytes(), Math::max);
      ceiling = known;
    }
    return known;
  }

  RequestLimitSettings settings() {
    return settings;
  }

  private static boolean form(HttpServletRequest request) {
    return is(request, MediaType.APPLICATION_FORM_URLENCODED);
  }

  private static boolean upload(HttpServletRequest request) {
    return is(request, MediaType.MULTIPART_FORM_DATA);
  }

  private static boolean is(HttpServletRequest request, MediaType type) {
    String contentType = request.getContentType();
    try {
      return contentType != null && type.includes(MediaType.parseMediaType(contentType));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The request with its body behind the counting, timing stream. */
  static final class LimitedRequest extends HttpServletRequestWrapper {
    private final BodyLimits limits;
    private LimitedInput input;
    private BufferedReader reader;
    private Slots.Slot largeTurn;

    LimitedRequest(HttpServletRequest request, BodyLimits limits) {
      super(request);
      this.limits = limits;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (input == null) {
        input = new LimitedInput(super.getInputStream(), this, limits);
      }
      return input;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  /** Counts what is read and the time spent waiting for it; refuses past the limit or pace. */
  static final class LimitedInput extends ServletInputStream {
    private final ServletInputStream in;
    private final LimitedRequest request;
    private final BodyLimits limits;
    private Limit limit;
    private long read;
    private long waitedNanos;
    private Refusal refused;

    LimitedInput(ServletInputStream in, LimitedRequest request, BodyLimits limits) {
      this.in = in;
      this.request = request;
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      before();
      long started = System.nanoTime();
      int b = in.read();
      after(started, b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      before();
      long started = System.nanoTime();
      int n = in.read(buffer, offset, length);
      after(started, Math.max(n, 0));
      return n;
    }

    private void before() {
      if (refused != null) {
        throw refused;
      }
      if (limit == null) {
        limit = limits.limitFor(request);
        long length = request.getContentLengthLong();
        if (length > limit.bytes()) {
          throw refuse(BodyTooLarge.body(limit.bytes(), limit.advice()));
        }
        if (limits.largeBodies.large(length, limit.bytes())) {
          try {
            request.largeTurn = limits.largeBodies.take();
          } catch (LargeBodiesBusy busy) {
            throw refuse(busy);
          }
        }
      }
    }

    private void after(long started, int n) {
      waitedNanos += System.nanoTime() - started;
      read += n;
      if (read > limit.bytes()) {
        throw refuse(BodyTooLarge.body(limit.bytes(), limit.advice()));
      }
      RequestLimitSettings settings = limits.settings();
      if (waitedNanos > settings.slowBodyGrace().toNanos()
          && read < settings.slowBodyBytesPerSecond() * (waitedNanos / 1_000_000_000.0)) {
        throw refuse(new BodyTooSlow(settings.slowBodyBytesPerSecond()));
      }
    }

    private Refusal refuse(Refusal refusal) {
      refused = refusal;
      return refusal;
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    FilterRegistrationBean<BodyLimits> bodyLimits(
        RequestLimitSettings settings,
        LargeBodies largeBodies,
        ObjectProvider<RequestMappingHandlerMapping> mappings) {
      FilterRegistrationBean<BodyLimits> registration =
          new FilterRegistrationBean<>(new BodyLimits(settings, largeBodies, mappings));
      // after the per-client cap, before Spring Session's filter and Spring Security
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
      return registration;
    }
  }
}
