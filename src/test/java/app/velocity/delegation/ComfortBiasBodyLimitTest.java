package app.velocity.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ComfortBiasBodyLimitTest {

  private final ComfortBiasBodyLimit limit = new ComfortBiasBodyLimit();

  @Test
  void refusesADeclaredLengthOverTheCapWith413BeforeReading() throws Exception {
    var request =
        new MockHttpServletRequest("POST", "/api/v1/analysis/comfort-bias") {
          @Override
          public long getContentLengthLong() {
            return ComfortBiasBodyLimit.MAX_BYTES + 1;
          }
        };
    var response = new MockHttpServletResponse();
    var reached = new AtomicReference<Boolean>(false);
    limit.doFilter(request, response, (req, res) -> reached.set(true));
    assertThat(reached.get()).isFalse();
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("at most 64 MB").contains("\"field\"");
  }

  @Test
  void cutsOffABodyOfUndeclaredLengthAtTheCap() throws Exception {
    var request =
        new MockHttpServletRequest("POST", "/api/v1/analysis/comfort-bias") {
          @Override
          public long getContentLengthLong() {
            return -1;
          }

          @Override
          public ServletInputStream getInputStream() {
            return new Endless();
          }
        };
    var seen = new AtomicReference<HttpServletRequest>();
    limit.doFilter(
        request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
    var in = seen.get().getInputStream();
    byte[] buffer = new byte[1 << 20];
    assertThatThrownBy(
            () -> {
              while (in.read(buffer, 0, buffer.length) > 0) {
                // keep reading
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("body: ");
  }

  @Test
  void leavesOtherPathsAlone() throws Exception {
    var request =
        new MockHttpServletRequest("POST", "/api/v1/profiles/compare") {
          @Override
          public long getContentLengthLong() {
            return ComfortBiasBodyLimit.MAX_BYTES + 1;
          }
        };
    var reached = new AtomicReference<Boolean>(false);
    limit.doFilter(request, new MockHttpServletResponse(), (req, res) -> reached.set(true));
    assertThat(reached.get()).isTrue();
  }

  private static final class Endless extends ServletInputStream {
    @Override
    public int read() {
      return '1';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) '1');
      return len;
    }

    @Override
    public boolean isFinished() {
      return false;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {}
  }
}
