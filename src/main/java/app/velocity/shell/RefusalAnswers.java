package app.velocity.shell;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers written by the filters in front of everything, where no controller, advice or error page
 * will run: a problem detail for the API, a plain page otherwise. They touch neither the session
 * nor the database, so they stay cheap when the server is being flooded.
 */
final class RefusalAnswers {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RefusalAnswers() {}

  static void write(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
      throws IOException {
    response.setStatus(refusal.getStatusCode().value());
    refusal
        .getHeaders()
        .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().startsWith("/api/")) {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write(JSON.writeValueAsString(fields(refusal.getBody())));
    } else {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.getWriter().write(page(refusal.heading(), refusal.detail()));
    }
  }

  private static Map<String, Object> fields(ProblemDetail problem) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
    fields.put("title", problem.getTitle());
    fields.put("status", problem.getStatus());
    fields.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      fields.putAll(problem.getProperties());
    }
    return fields;
  }

  static String page(String title, String message) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Velocity: "
        + HtmlUtils.htmlEscape(title)
        + "</title><link rel=\"stylesheet\" href=\"/css/velocity.css\"></head>"
        + "<body><main><h1>"
        + HtmlUtils.htmlEscape(title)
        + "</h1><p>"
        + HtmlUtils.htmlEscape(message)
        + "</p></main></body></html>";
  }
}
