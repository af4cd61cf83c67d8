package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The session cookie's Secure flag follows the address people reach Velocity at. */
class SecureSessionCookieTest {

  /** The Set-Cookie header for a request that reached Velocity as plain http (a TLS proxy). */
  private static String cookieBehindAProxy(String baseUrl, Boolean configured) {
    DefaultCookieSerializer serializer = new DefaultCookieSerializer();
    new SecureSessionCookie(baseUrl, configured).customize(serializer);
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setSecure(false);
    MockHttpServletResponse response = new MockHttpServletResponse();
    serializer.writeCookieValue(new CookieValue(request, response, "abc"));
    return response.getHeader("Set-Cookie");
  }

  @Test
  void isSecureWhenVelocityIsReachedOverHttpsEvenIfTheRequestLooksPlain() {
    assertThat(cookieBehindAProxy("https://coaching.example.com", null)).contains("Secure");
    assertThat(cookieBehindAProxy("HTTPS://coaching.example.com/", null)).contains("Secure");
  }

  @Test
  void followsTheRequestWhenVelocityIsReachedOverHttp() {
    assertThat(cookieBehindAProxy("http://localhost:8080", null)).doesNotContain("Secure");
  }

  @Test
  void anExplicitSettingDecides() {
    assertThat(cookieBehindAProxy("https://coaching.example.com", false)).doesNotContain("Secure");
  }
}
