package app.velocity.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON body when the handler chooses, not before it runs as {@code @RequestBody} would: a
 * public route checks its link first and reads nothing for a link that is not valid. The body is
 * read with the application's own mapper, and a body that cannot be read fails as it would have
 * with {@code @RequestBody}, so the API answers it with the same problem detail.
 */
@Component
public class JsonBodies {

  private final JsonMapper json;

  JsonBodies(JsonMapper json) {
    this.json = json;
  }

  /**
   * The request's body as this type.
   *
   * @throws HttpMessageNotReadableException (answered 400) when it is empty or not of the type
   */
  public <T> T read(HttpServletRequest request, Class<T> type) {
    T body;
    try {
      body = json.readValue(request.getInputStream(), type);
    } catch (JacksonException e) {
      throw new HttpMessageNotReadableException(
          "JSON parse error: " + e.getOriginalMessage(), e, new ServletServerHttpRequest(request));
    } catch (IOException e) {
      throw new HttpMessageNotReadableException(
          "I/O error while reading input message", e, new ServletServerHttpRequest(request));
    }
    if (body == null) {
      throw new HttpMessageNotReadableException(
          "Required request body is missing", new ServletServerHttpRequest(request));
    }
    return body;
  }
}
