package app.velocity.invitations;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The executive's invitations: invite a colleague, follow each invitation, withdraw one. */
@Controller
@RequestMapping("/invitations")
@RolesAllowed("EXECUTIVE")
class InvitationsController {

  private final Invitations invitations;

  InvitationsController(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping
  String list(CurrentUser user, Model model) {
    return page(user, InvitationForm.empty(), null, model);
  }

  @PostMapping
  String invite(
      CurrentUser user,
      InvitationForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InvitationForm input = form.normalised();
    PersonId person;
    try {
      person = input.person().isBlank() ? null : new PersonId(UUID.fromString(input.person()));
    } catch (IllegalArgumentException e) {
      person = null;
    }
    try {
      Invitations.Invited invited =
          invitations.invite(user, person, input.name(), input.email(), input.note());
      String name = invited.invitation().name();
      redirect.addFlashAttribute(
          "notice",
          invited.alreadyOpen()
              ? "You invited "
                  + name
                  + " already; that invitation is still open, so no second one was sent."
              : "Invitation sent to " + name + ".");
      return "redirect:/invitations";
    } catch (InvalidInvitation e) {
      response.setStatus(422);
      return page(user, input, e, model);
    } catch (IllegalStateException e) {
      response.setStatus(409);
      return page(user, input, new InvalidInvitation("person", e.getMessage()), model);
    }
  }

  @PostMapping("/{id}/withdraw")
  String withdraw(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    InvitationView invitation = invitations.sentBy(user, id);
    try {
      invitations.withdraw(user, id);
      redirect.addFlashAttribute(
          "notice", "Invitation to " + invitation.name() + " withdrawn; its link no longer works.");
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("notice", e.getMessage());
    }
    return "redirect:/invitations";
  }

  private String page(CurrentUser user, InvitationForm form, InvalidInvitation error, Model model) {
    model.addAttribute("invitations", invitations.sentBy(user));
    model.addAttribute("people", invitations.invitable(user));
    model.addAttribute("form", form);
    model.addAttribute("errorField", error == null ? null : error.field());
    model.addAttribute("error", error == null ? null : error.reason());
    return "invitations/list";
  }
}
