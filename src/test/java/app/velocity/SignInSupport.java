package app.velocity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.organisations.PersonView;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real sign-in form and hands back the session cookie, as a browser would. */
public final class SignInSupport {

  private SignInSupport() {}

  public static Cookie signIn(MockMvc mvc, PersonView person) throws Exception {
    return signIn(mvc, person.email(), Fixtures.PASSWORD);
  }

  public static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
    MvcResult result =
        mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf()))
            .andReturn();
    String location = result.getResponse().getRedirectedUrl();
    if (location == null || location.startsWith("/sign-in?")) {
      throw new AssertionError("sign-in of " + email + " failed: " + location);
    }
    return sessionCookie(result);
  }

  /** Sessions live in the database (Spring Session); the browser holds only this cookie. */
  public static Cookie sessionCookie(MvcResult result) {
    Cookie cookie = result.getResponse().getCookie("SESSION");
    if (cookie == null) {
      throw new AssertionError("no session cookie was set");
    }
    return cookie;
  }
}
