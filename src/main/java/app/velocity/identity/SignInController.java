package app.velocity.identity;

import jakarta.servlet.http.HttpSession;
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
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String away,
      @RequestParam(required = false) String signedOut,
      @RequestParam(required = false) String reset,
      @RequestParam(required = false) String joined,
      HttpSession session,
      Model model) {
    Object email = session.getAttribute(LAST_EMAIL);
    model.addAttribute("email", email == null ? "" : email.toString());
    String message = null;
    String notice = null;
    if (locked != null) {
      message =
          "Too many failed attempts: this account is locked for "
              + Credentials.LOCK.toMinutes()
              + " minutes. You can reset your password meanwhile.";
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
    return "identity/sign-in";
  }
}
