package app.velocity.inventory;

import app.velocity.motivation.items.ItemBank;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Item-bank versions and their statistics on real answers; aggregates only (docs/design.md §1),
 * taken in batches (docs/design.md §9).
 */
@Controller
@RolesAllowed("FIRM_ADMIN")
class PsychometricsController {

  private final Psychometrics psychometrics;

  PsychometricsController(Psychometrics psychometrics) {
    this.psychometrics = psychometrics;
  }

  @GetMapping("/admin/psychometrics")
  String page(Model model) {
    model.addAttribute(
        "versions",
        psychometrics.shown().stream()
            .map(s -> PsychometricsView.of(s, ItemBank.CURRENT_VERSION))
            .toList());
    model.addAttribute("flagBelow", "0.20");
    model.addAttribute("windowDays", Psychometrics.RETEST_WINDOW.toDays());
    return "inventory/psychometrics";
  }
}
