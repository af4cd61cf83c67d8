package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A firm admin sends a person an invitation to join. */
@Controller
class JoinInvitationController {

  private final JoinInvitations invitations;

  JoinInvitationController(JoinInvitations invitations) {
    this.invitations = invitations;
  }

  @PostMapping("/admin/people/{id}/invitation")
  String invite(
      CurrentUser admin,
      @PathVariable UUID id,
      @RequestHeader(value = "Referer", required = false) String back,
      RedirectAttributes flash) {
    try {
      invitations.invite(new PersonId(id), admin.name());
      flash.addFlashAttribute("notice", "Invitation sent. It is in the outbox.");
    } catch (IllegalStateException e) {
      flash.addFlashAttribute("notice", e.getMessage());
    }
    return "redirect:/admin/people/" + id;
  }
}
