package app.velocity.invitations;

import app.velocity.identity.LinkProblem;
import app.velocity.identity.PublicPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind an invitation link, for a colleague who has no account. Opening it only explains
 * what is asked and who will see what; pressing its button spends the link and signs the colleague
 * in, so that a mail scanner following the link does not use it up.
 */
@Controller
class InvitationLinkController {

  private final Invitations invitations;

  InvitationLinkController(Invitations invitations) {
    this.invitations = invitations;
  }

  @Bean
  static PublicPaths invitationLinks() {
    return PublicPaths.of("/invitation/*");
  }

  @GetMapping("/invitation/{secret}")
  String landing(@PathVariable String secret, Model model, HttpServletResponse response) {
    try {
      Landing landing = invitations.landing(secret);
      if (landing.withdrawn()) {
        return problem(
            landing.inviterName() + " has withdrawn this invitation. Nothing more is asked of you.",
            model,
            response);
      }
      model.addAttribute("secret", secret);
      model.addAttribute("landing", landing);
      return "invitations/landing";
    } catch (LinkProblem e) {
      return problem(e.getMessage(), model, response);
    } catch (InvitationNotFound e) {
      return problem(
          "This link is not valid. Check that you copied all of it, or ask for a new one.",
          model,
          response);
    }
  }

  @PostMapping("/invitation/{secret}")
  String accept(
      @PathVariable String secret,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    try {
      invitations.accept(secret, request, response);
      return "redirect:/sharing";
    } catch (LinkProblem | IllegalStateException e) {
      return problem(e.getMessage(), model, response);
    } catch (InvitationNotFound e) {
      return problem(
          "This link is not valid. Check that you copied all of it, or ask for a new one.",
          model,
          response);
    }
  }

  private static String problem(String message, Model model, HttpServletResponse response) {
    // 410: the link existed but is no use any more; search engines and caches drop it
    response.setStatus(HttpServletResponse.SC_GONE);
    model.addAttribute("problem", message);
    return "invitations/link-problem";
  }
}
