package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * An API client is told "wrong credentials" only when they are wrong, not when the database is
 * away.
 */
class ProblemEntryPointTest {

  private static MockHttpServletResponse tokenCreationFailing(
      org.springframework.security.core.AuthenticationException failure) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new ProblemEntryPoint()
        .commence(new MockHttpServletRequest("POST", "/api/v1/tokens"), response, failure);
    return response;
  }

  @Test
  void anAccountThatCouldNotBeLookedUpIs503NotUnauthorized() throws Exception {
    MockHttpServletResponse response =
        tokenCreationFailing(
            new InternalAuthenticationServiceException(
                "lookup failed", new CannotGetJdbcConnectionException("Connection refused")));
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    assertThat(response.getContentAsString())
        .contains("cannot reach its database")
        .doesNotContain("Connection refused");
  }

  @Test
  void wrongCredentialsStay401() throws Exception {
    MockHttpServletResponse response = tokenCreationFailing(new BadCredentialsException("bad"));
    assertThat(response.getStatus()).isEqualTo(401);
  }
}
