package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accepting an invitation to join: choose a first password, and you are signed in. */
@Controller
class JoinController {

  private final PasswordChanges changes;
  private final SignIns signIns;

  JoinController(PasswordChanges changes, SignIns signIns) {
    this.changes = changes;
    this.signIns = signIns;
  }

  @GetMapping("/join/{secret}")
  String form(@PathVariable String secret, Model model) {
    try {
      PersonView person = changes.joining(secret);
      model.addAttribute("secret", secret);
      model.addAttribute("name", person.name());
      model.addAttribute("error", null);
      return "identity/join";
    } catch (LinkProblem e) {
      model.addAttribute("problem", e.getMessage());
      return "identity/link-problem";
    }
  }

  @PostMapping("/join/{secret}")
  String join(
      @PathVariable String secret,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      PersonView person = changes.join(secret, password, confirmation, request);
      signIns.signIn(CurrentUser.of(person), request, response);
      return "redirect:/";
    } catch (WeakPassword e) {
      model.addAttribute("secret", secret);
      model.addAttribute("name", "");
      model.addAttribute("error", e.getMessage());
      return "identity/join";
    } catch (LinkProblem e) {
      model.addAttribute("problem", e.getMessage());
      return "identity/link-problem";
    }
  }
}
