package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own personal access tokens: create (shown once), list, revoke. */
@Controller
class TokensController {

  private final ApiTokens tokens;

  TokensController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping("/account/tokens")
  String list(CurrentUser user, Model model) {
    model.addAttribute("tokens", tokens.of(user.id()));
    if (!model.containsAttribute("secret")) {
      model.addAttribute("secret", null);
    }
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", null);
    }
    return "identity/tokens";
  }

  @PostMapping("/account/tokens")
  String create(CurrentUser user, @RequestParam(defaultValue = "") String name, Model model) {
    try {
      ApiTokens.Created created = tokens.create(user.id(), name);
      model.addAttribute("secret", created.secret());
    } catch (IllegalArgumentException e) {
      model.addAttribute("error", e.getMessage().replaceFirst("^name: ", ""));
    }
    return list(user, model);
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
    tokens.revoke(user.id(), id);
    return "redirect:/account/tokens";
  }
}
