package app.velocity.identity;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security processes the form itself. */
@Controller
class SignInController {

  static final String LAST_EMAIL = "velocity.lastEmail";

  @GetMapping("/sign-in")
  String signIn(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String wait,
      @RequestParam(required = false) String away,
      @RequestParam(required = false) String signedOut,
      @RequestParam(required = false) String reset,
      HttpSession session,
      Model model) {
    Object email = session.getAttribute(LAST_EMAIL);
    model.addAttribute("email", email == null ? "" : email.toString());
    String message = null;
    String notice = null;
    if (wait != null) {
      // the figure comes from the redirect of a throttled sign-in; a made-up one only misinforms
      // whoever made it up
      long seconds =
          Math.max(1, Math.min(seconds(wait), SignInThrottle.PER_ACCOUNT.longest().toSeconds()));
      message =
          "Too many sign-ins were tried with this address. Try again "
              + SignInThrottled.inWords(Duration.ofSeconds(seconds))
              + ", or sign in at once with a link sent to your e-mail.";
    } else if (away != null) {
      message = DatabaseAway.MESSAGE;
    } else if (error != null) {
      message = "That e-mail and password do not match an active account. Try again.";
    }
    if (signedOut != null) {
      notice = "You are signed out.";
    } else if (reset != null) {
      notice = "Your password is changed. Sign in with it now.";
    }
    model.addAttribute("error", message);
    model.addAttribute("notice", notice);
    model.addAttribute("offerLink", wait != null);
    return "identity/sign-in";
  }

  private static long seconds(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return SignInThrottle.PER_ACCOUNT.first().toSeconds();
    }
  }
}
