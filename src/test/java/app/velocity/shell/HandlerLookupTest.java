package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The controller method is found as before, reading the request's HTTP method once per lookup. */
@IntegrationTest
@Tag("smoke")
class HandlerLookupTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void aPathWithVariablesFindsItsMethodAndReadsTheHttpMethodOnce() throws Exception {
    Counting request =
        new Counting("PUT", "/api/v1/profile/responses/" + UUID.randomUUID() + "/answers/W01");

    HandlerExecutionChain chain = mapping.getHandler(request);

    assertThat(chain).isNotNull();
    HandlerMethod handler = (HandlerMethod) chain.getHandler();
    assertThat(handler.getBeanType().getSimpleName()).startsWith("OwnProfileApi");
    assertThat(handler.getMethod().getName()).isEqualTo("answer");
    // Spring reads it a few times around the lookup; per mapping checked it would be hundreds
    assertThat(request.methodReads).isLessThan(10);
  }

  @Test
  void aKnownPathWithAnotherMethodIsStillRefusedAsSuch() {
    Counting request =
        new Counting("DELETE", "/api/v1/profile/responses/" + UUID.randomUUID() + "/answers/W01");

    assertThatThrownBy(() -> mapping.getHandler(request))
        .isInstanceOf(HttpRequestMethodNotSupportedException.class);
  }

  @Test
  void aHeadRequestFindsTheGetMethod() throws Exception {
    Counting request = new Counting("HEAD", "/api/v1/inventory");

    HandlerExecutionChain chain = mapping.getHandler(request);

    assertThat(chain).isNotNull();
    assertThat(((HandlerMethod) chain.getHandler()).getBeanType().getSimpleName())
        .startsWith("InventoryApi");
  }

  /** A request as the filter chain hands it on: wrapped, and counting reads of its method. */
  static final class Counting extends HttpServletRequestWrapper {
    int methodReads;

    Counting(String method, String path) {
      super(parsed(new MockHttpServletRequest(method, path)));
    }

    private static HttpServletRequest parsed(MockHttpServletRequest request) {
      ServletRequestPathUtils.parseAndCache(request);
      return request;
    }

    @Override
    public String getMethod() {
      methodReads++;
      return super.getMethod();
    }
  }
}
