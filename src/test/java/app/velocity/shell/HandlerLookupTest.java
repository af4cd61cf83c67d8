package app.velocity.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The controller method is found as Spring alone would find it, reading the request's HTTP method
 * once per lookup.
 */
@IntegrationTest
@Tag("smoke")
class HandlerLookupTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Autowired ConfigurableApplicationContext context;

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

  @Test
  void everyRouteIsLookedUpExactlyAsSpringAloneWould() {
    RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
    spring.setApplicationContext(context);
    spring.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
    spring.setPatternParser(mapping.getPatternParser());
    spring.setContentNegotiationManager(mapping.getContentNegotiationManager());
    spring.afterPropertiesSet();
    assertThat(spring.getHandlerMethods()).hasSameSizeAs(mapping.getHandlerMethods());

    Set<String> paths = new TreeSet<>(List.of("/", "/nothing-here", "/API/v1/inventory"));
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        for (String value : List.of("W01", UUID.randomUUID().toString())) {
          String path = pattern.replaceAll("\\{\\*?[^}]*}", value).replace("**", "a/b");
          path = path.replace("*", "x");
          paths.addAll(List.of(path, path + "/", path + "/more", path.toUpperCase()));
          // Spring decodes and drops ;parameters before comparing
          paths.add(encodeFirstLetter(path));
          paths.add(path.replaceFirst("/([a-z]+)", "/$1;v=1"));
        }
      }
    }
    int compared = 0;
    for (String path : paths) {
      for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")) {
        for (String type : List.of("", "application/json", "text/html")) {
          Function<Boolean, MockHttpServletRequest> request =
              preflight -> {
                MockHttpServletRequest r = new MockHttpServletRequest(method, path);
                if (!type.isEmpty()) {
                  r.addHeader("Accept", type);
                  r.setContentType(type);
                }
                if (preflight) {
                  r.addHeader("Origin", "https://elsewhere.example");
                  r.addHeader("Access-Control-Request-Method", "PUT");
                }
                ServletRequestPathUtils.parseAndCache(r);
                return r;
              };
          for (boolean preflight : List.of(false, true)) {
            assertThat(outcome(mapping, request.apply(preflight)))
                .as("%s %s %s %s", method, path, type, preflight ? "pre-flight" : "")
                .isEqualTo(outcome(spring, request.apply(preflight)));
            compared++;
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
  }

  /** {@code /api/v1/x} as {@code /%61pi/v1/x}: the same path to Spring, another string. */
  private static String encodeFirstLetter(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return path.substring(0, i) + "%" + Integer.toHexString(c) + path.substring(i + 1);
      }
    }
    return path;
  }

  /** Which handler, pattern and variables a lookup gives, or how it refuses. */
  private static String outcome(RequestMappingHandlerMapping m, MockHttpServletRequest request) {
    try {
      HandlerExecutionChain chain = m.getHandler(request);
      if (chain == null) {
        return "no handler";
      }
      Object handler = chain.getHandler();
      return (handler instanceof HandlerMethod h ? h.getMethod().toString() : handler.getClass())
          + " "
          + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
          + " "
          + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    } catch (Exception refused) {
      return refused.getClass().getSimpleName() + ": " + refused.getMessage();
    }
  }

  /** A request as the filter chain hands it on: wrapped, and counting reads of its method. */
  static final class Counting extends HttpServletRequestWrapper {
    int methodReads;

    Counting(String method, String path) {
      super(parsed(new MockHttpServletRequest(method, path)));
    }

    private static HttpServletRequest parsed(MockHttpServletRequest request) {
      request.setContentType("application/json");
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
