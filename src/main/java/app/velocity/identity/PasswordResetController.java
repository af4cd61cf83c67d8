package app.velocity.identity;

import app.velocity.organisations.Directory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Password reset by e-mailed link. The answer to a request is the same whether or not the address
 * is known, so that the form cannot be used to find out who has an account; requests are limited
 * per address and per client ({@link LinkRequestLimits}).
 */
@Controller
class PasswordResetController {

  private final Directory directory;
  private final Accounts accounts;
  private final OneTimeLinks links;
  private final LinkRequestLimits limits;
  private final PasswordChanges changes;
  private final AccountMails mails;

  PasswordResetController(
      Directory directory,
      Accounts accounts,
      OneTimeLinks links,
      LinkRequestLimits limits,
      PasswordChanges changes,
      AccountMails mails) {
    this.directory = directory;
    this.accounts = accounts;
    this.links = links;
    this.limits = limits;
    this.changes = changes;
    this.mails = mails;
  }

  @GetMapping("/reset")
  String requestForm(Model model) {
    return LinkRequestLimits.page(model, "identity/reset-request", "", false, null);
  }

  @PostMapping("/reset")
  String request(
      @RequestParam(defaultValue = "") String email,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return limits.answer(
        email,
        request,
        response,
        model,
        "identity/reset-request",
        typed ->
            directory
                .personByEmail(typed)
                .filter(accounts::mayGetLinks)
                .ifPresent(
                    person ->
                        mails.passwordReset(
                            person, links.issue(person.id(), LinkPurpose.PASSWORD_RESET))));
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
      HttpServletRequest request,
      Model model) {
    try {
      changes.reset(secret, password, confirmation, request);
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
