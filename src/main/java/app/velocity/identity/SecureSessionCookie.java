package app.velocity.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * Marks the session cookie {@code Secure} whenever Velocity is reached over https ({@code
 * VELOCITY_BASE_URL}), rather than only when the request looks secure: behind a proxy that ends TLS
 * the request looks plain unless the proxy's forwarded headers are read, and a cookie without the
 * flag would then also be sent over plain http. {@code server.servlet.session.cookie.secure}, when
 * set, decides instead.
 */
@Component
class SecureSessionCookie implements DefaultCookieSerializerCustomizer {

  private final boolean secure;
  private final Boolean configured;

  SecureSessionCookie(
      @Value("${velocity.base-url}") String baseUrl,
      @Value("${server.servlet.session.cookie.secure:#{null}}") Boolean configured) {
    this.secure = baseUrl.regionMatches(true, 0, "https:", 0, 6);
    this.configured = configured;
  }

  @Override
  public void customize(DefaultCookieSerializer serializer) {
    if (configured == null && secure) {
      serializer.setUseSecureCookie(true);
    }
  }
}
