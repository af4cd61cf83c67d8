package app.velocity.identity;

import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A firm admin sends a person without a password an invitation to join. */
@Controller
class JoinInvitationController {

  private final JoinInvitations invitations;
  private final Mailer mailer;

  JoinInvitationController(JoinInvitations invitations, Mailer mailer) {
    this.invitations = invitations;
    this.mailer = mailer;
  }

  @PostMapping("/admin/people/{id}/invitation")
  String invite(CurrentUser admin, @PathVariable UUID id, RedirectAttributes flash) {
    try {
      invitations.invite(new PersonId(id), admin.name());
      flash.addFlashAttribute(
          "notice",
          mailer.sendsThroughSmtp()
              ? "Invitation sent."
              : "Invitation sent. No SMTP server is configured, so it is kept in the outbox and"
                  + " reaches them only once one is (VELOCITY_SMTP_HOST).");
    } catch (IllegalStateException e) {
      flash.addFlashAttribute("notice", e.getMessage());
    }
    return "redirect:/admin/people/" + id;
  }
}
