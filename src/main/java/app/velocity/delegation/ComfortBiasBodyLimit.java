package app.velocity.delegation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of the comfort-bias analysis, which is the one API body that may legitimately be
 * large (100,000 decisions are some 40 MB of JSON), so that a runaway client cannot make the server
 * parse gigabytes. A declared length over the cap is refused with 413 before anything is read; a
 * body of undeclared length is cut off when it passes the cap and answered with 400.
 */
@Component
class ComfortBiasBodyLimit extends OncePerRequestFilter {

  static final int MAX_MEGABYTES = 64;
  static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
  private static final String PATH = "/api/v1/analysis/comfort-bias";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PATH.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Body too large\",\"status\":413,"
                  + "\"detail\":\"The body may be at most "
                  + MAX_MEGABYTES
                  + " MB: split the history or send fewer decisions.\",\"field\":\"body\"}");
      return;
    }
    chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request) : request, response);
  }

  /** A request whose body stops with "body: too large" once it passes the cap. */
  private static final class Capped extends HttpServletRequestWrapper {
    private ServletInputStream stream;

    Capped(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CappedStream(super.getInputStream());
      }
      return stream;
    }
  }

  private static final class CappedStream extends ServletInputStream {
    private final ServletInputStream in;
    private long read;

    CappedStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > MAX_BYTES) {
        // unchecked, so that it reaches the API's problem handler rather than a parser's wrapper
        throw new IllegalArgumentException(
            "body: may be at most " + MAX_MEGABYTES + " MB; split the history");
      }
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
  }
}
