package app.velocity.identity;

import app.velocity.mail.Mail;
import app.velocity.mail.Mailer;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Password reset by e-mailed link. The answer to a request is the same whether or not the address
 * is known, so that the form cannot be used to find out who has an account.
 */
@Controller
class PasswordResetController {

  private final Directory directory;
  private final Credentials credentials;
  private final OneTimeLinks links;
  private final Mailer mailer;
  private final String baseUrl;

  PasswordResetController(
      Directory directory,
      Credentials credentials,
      OneTimeLinks links,
      Mailer mailer,
      @Value("${velocity.base-url}") String baseUrl) {
    this.directory = directory;
    this.credentials = credentials;
    this.links = links;
    this.mailer = mailer;
    this.baseUrl = baseUrl;
  }

  @GetMapping("/reset")
  String requestForm(Model model) {
    model.addAttribute("email", "");
    model.addAttribute("sent", false);
    return "identity/reset-request";
  }

  @PostMapping("/reset")
  String request(@RequestParam(defaultValue = "") String email, Model model) {
    directory
        .personByEmail(email)
        // people invited to take the inventory may choose their first password this way too
        .filter(p -> p.active() && (credentials.exists(p.id()) || links.wasInvited(p.id())))
        .ifPresent(
            person -> {
              String secret = links.issue(person.id(), LinkPurpose.PASSWORD_RESET);
              mailer.send(
                  new Mail(
                      person.email(),
                      "Reset your Velocity password",
                      "Hello "
                          + person.name()
                          + ",\n\nSomeone (we hope you) asked to reset your Velocity password."
                          + " Choose a new one here within the next hour:\n\n"
                          + baseUrl
                          + "/reset/"
                          + secret
                          + "\n\nIf it was not you, ignore this message; your password stays as"
                          + " it is.\n"));
            });
    model.addAttribute("email", email);
    model.addAttribute("sent", true);
    return "identity/reset-request";
  }

  @GetMapping("/reset/{secret}")
  String form(@PathVariable String secret, Model model) {
    try {
      links.check(secret, LinkPurpose.PASSWORD_RESET);
      model.addAttribute("secret", secret);
      model.addAttribute("error", null);
      return "identity/reset-form";
    } catch (LinkProblem e) {
      model.addAttribute("problem", e.getMessage());
      return "identity/link-problem";
    }
  }

  @PostMapping("/reset/{secret}")
  String reset(
      @PathVariable String secret,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Model model) {
    try {
      PasswordPolicy.check(password, confirmation);
      PersonId person = links.redeem(secret, LinkPurpose.PASSWORD_RESET);
      credentials.setPassword(person, password);
      return "redirect:/sign-in?reset";
    } catch (WeakPassword e) {
      model.addAttribute("secret", secret);
      model.addAttribute("error", e.getMessage());
      return "identity/reset-form";
    } catch (LinkProblem e) {
      model.addAttribute("problem", e.getMessage());
      return "identity/link-problem";
    }
  }
}
