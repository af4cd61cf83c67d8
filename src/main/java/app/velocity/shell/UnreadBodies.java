package app.velocity.shell;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A refused request's body is not read to its end. Once a request was answered with an error (401,
 * 404, 429, …) before its body was read, Tomcat would by default read and throw away the rest of
 * the body before it takes the next request on that connection: a client trickling one byte every
 * few seconds would hold the thread for as long as it liked, after every refusal. Here the
 * connection is closed instead, at once, once the answer is sent.
 *
 * <p>An answer below 400 to a body that was not read in full (a route that takes no body) leaves
 * Tomcat to drain it, but only up to {@code server.tomcat.max-swallow-size} (0: a single read), as
 * Tomcat would otherwise turn such an answer into a 500.
 */
final class UnreadBodies extends ValveBase {

  UnreadBodies() {
    super(true);
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    try {
      getNext().invoke(request, response);
    } finally {
      if (!request.isAsync()
          && response.getStatus() >= 400
          && !request.getCoyoteRequest().isFinished()) {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
      }
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies() {
      // an engine valve, so that it acts after the host has rendered any error page
      return factory -> factory.addEngineValves(new UnreadBodies());
    }
  }
}
