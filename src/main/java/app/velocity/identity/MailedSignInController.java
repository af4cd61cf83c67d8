package app.velocity.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in by e-mailed link. The answer to a request is the same whether or not the address is
 * known. Opening the link only shows a page; the person signs in by pressing its button, so that a
 * mail scanner that follows links does not spend it.
 */
@Controller
class MailedSignInController {

  private final MailedSignIns signIns;
  private final LinkRequestLimits limits;

  MailedSignInController(MailedSignIns signIns, LinkRequestLimits limits) {
    this.signIns = signIns;
    this.limits = limits;
  }

  @GetMapping("/sign-in/link")
  String requestForm(HttpSession session, Model model) {
    Object email = session.getAttribute(SignInController.LAST_EMAIL);
    return LinkRequestLimits.page(
        model, "identity/sign-in-link-request", email == null ? "" : email.toString(), false, null);
  }

  @PostMapping("/sign-in/link")
  String request(
      @RequestParam(defaultValue = "") String email,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return limits.answer(
        email, request, response, model, "identity/sign-in-link-request", signIns::request);
  }

  @GetMapping("/sign-in/link/{secret}")
  String link(@PathVariable String secret, Model model) {
    try {
      signIns.check(secret);
      model.addAttribute("secret", secret);
      return "identity/sign-in-link";
    } catch (LinkProblem e) {
      return problem(e, model);
    }
  }

  @PostMapping("/sign-in/link/{secret}")
  String signIn(
      @PathVariable String secret,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      signIns.signIn(secret, request, response);
      return "redirect:/";
    } catch (LinkProblem e) {
      return problem(e, model);
    }
  }

  // (a page, not an exception handler: the page shell is added only to views a handler returns)
  private static String problem(LinkProblem e, Model model) {
    model.addAttribute("problem", e.getMessage());
    return "identity/link-problem";
  }
}
