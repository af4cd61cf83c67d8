package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Accepting an invitation to join: choose a password, and you are signed in. */
@Controller
class JoinController {

  private final OneTimeLinks links;
  private final Credentials credentials;
  private final Directory directory;
  private final SignIns signIns;

  JoinController(
      OneTimeLinks links, Credentials credentials, Directory directory, SignIns signIns) {
    this.links = links;
    this.credentials = credentials;
    this.directory = directory;
    this.signIns = signIns;
  }

  @GetMapping("/join/{secret}")
  String form(@PathVariable String secret, Model model) {
    try {
      PersonId person = links.check(secret, LinkPurpose.JOIN);
      model.addAttribute("secret", secret);
      model.addAttribute("name", directory.person(person).map(p -> p.name()).orElse(""));
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
      PasswordPolicy.check(password, confirmation);
      PersonId person = links.redeem(secret, LinkPurpose.JOIN);
      credentials.setPassword(person, password);
      signIns.signIn(
          CurrentUser.of(directory.person(person).orElseThrow(PersonNotFound::new)),
          request,
          response);
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
