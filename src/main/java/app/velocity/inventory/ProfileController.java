package app.velocity.inventory;

import app.velocity.organisations.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A person's own profile: the report of the latest result, the history, and the way to retake. */
@Controller
@PreAuthorize("hasAnyRole('EXECUTIVE', 'COLLEAGUE')")
class ProfileController {

  private final Profiles profiles;
  private final Inventory inventory;

  ProfileController(Profiles profiles, Inventory inventory) {
    this.profiles = profiles;
    this.inventory = inventory;
  }

  @GetMapping("/profile")
  String profile(CurrentUser user, Model model) {
    List<ProfileResult> history = profiles.history(user.id());
    var open = inventory.open(user.id());
    model.addAttribute(
        "open",
        open.map(r -> new OpenResponse(r.answered(), r.size(), TakeController.resumePoint(r)))
            .orElse(null));
    if (history.isEmpty()) {
      return "inventory/profile-empty";
    }
    model.addAttribute("report", ReportView.of(user.name(), history));
    return "inventory/profile";
  }
}
