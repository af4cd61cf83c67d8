package app.velocity.invitations;

import app.velocity.identity.SignInLinks;
import app.velocity.inventory.Inventory;
import app.velocity.inventory.ProfileSharing;
import app.velocity.inventory.Profiles;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's side of sharing: the invitations they received and their decision on each, who sees
 * their result with a button to revoke, and a first password for people who came in by link.
 */
@Controller
@RequestMapping("/sharing")
@RolesAllowed({"EXECUTIVE", "COLLEAGUE"})
class SharingController {

  private final Invitations invitations;
  private final ProfileSharing sharing;
  private final Profiles profiles;
  private final Inventory inventory;
  private final Directory directory;
  private final SignInLinks links;

  SharingController(
      Invitations invitations,
      ProfileSharing sharing,
      Profiles profiles,
      Inventory inventory,
      Directory directory,
      SignInLinks links) {
    this.invitations = invitations;
    this.sharing = sharing;
    this.profiles = profiles;
    this.inventory = inventory;
    this.directory = directory;
    this.links = links;
  }

  @GetMapping
  String page(CurrentUser user, Model model) {
    return page(user, null, model);
  }

  @PostMapping("/invitations/{id}/share")
  String share(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    invitations.share(user, id);
    redirect.addFlashAttribute("notice", "Shared. You can stop sharing here at any time.");
    return "redirect:/sharing";
  }

  @PostMapping("/invitations/{id}/keep-private")
  String keepPrivate(CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    invitations.keepPrivate(user, id);
    redirect.addFlashAttribute(
        "notice", "Kept private. The person who asked sees only that you answered.");
    return "redirect:/sharing";
  }

  @PostMapping("/viewers/{person}/revoke")
  String revoke(CurrentUser user, @PathVariable UUID person, RedirectAttributes redirect) {
    PersonId viewer = new PersonId(person);
    if (!sharing.isSharedWith(user.id(), viewer)) {
      // say nothing of a person the owner does not share with, not even their name
      redirect.addFlashAttribute("notice", "Nothing to stop: you do not share with that person.");
      return "redirect:/sharing";
    }
    String name = directory.person(viewer).map(PersonView::name).orElse("They");
    sharing.revoke(user.id(), viewer);
    redirect.addFlashAttribute("notice", name + " no longer sees your result.");
    return "redirect:/sharing";
  }

  /** Shares again with someone the owner stopped sharing with. */
  @PostMapping("/viewers/{person}/share")
  String shareAgain(CurrentUser user, @PathVariable UUID person, RedirectAttributes redirect) {
    PersonId viewer = new PersonId(person);
    if (!sharing.formerViewersOf(user.id()).contains(viewer)) {
      // as for stopping: say nothing of a person the owner never shared with
      redirect.addFlashAttribute("notice", "Nothing to share again: choose someone from the list.");
      return "redirect:/sharing";
    }
    String name = directory.person(viewer).map(PersonView::name).orElse("They");
    try {
      invitations.shareWith(user, viewer);
    } catch (app.velocity.organisations.PersonNotFound e) {
      redirect.addFlashAttribute(
          "notice", name + " is no longer someone of your organisation you can share with.");
      return "redirect:/sharing";
    }
    redirect.addFlashAttribute("notice", name + " sees your result again.");
    return "redirect:/sharing";
  }

  @PostMapping("/password")
  String password(
      CurrentUser user,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String confirmation,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      links.choosePassword(user.id(), password, confirmation);
    } catch (IllegalArgumentException e) {
      response.setStatus(422);
      return page(user, e.getMessage().substring("password: ".length()), model);
    } catch (IllegalStateException e) {
      response.setStatus(409);
      return page(user, e.getMessage(), model);
    }
    redirect.addFlashAttribute(
        "notice", "Password saved. Sign in with " + user.email() + " and it to come back.");
    return "redirect:/sharing";
  }

  private java.util.stream.Stream<Viewer> viewers(List<PersonId> people) {
    return people.stream()
        .map(directory::person)
        .flatMap(Optional::stream)
        .map(p -> new Viewer(p.id().value(), p.name()));
  }

  private String page(CurrentUser user, String passwordError, Model model) {
    List<ReceivedInvitation> received = invitations.receivedBy(user);
    model.addAttribute("received", received);
    model.addAttribute("hasResult", profiles.latest(user.id()).isPresent());
    model.addAttribute(
        "open", inventory.open(user.id()).map(r -> r.answered() + " of " + r.size()).orElse(null));
    model.addAttribute(
        "viewers",
        viewers(sharing.viewersOf(user.id())).sorted(Comparator.comparing(Viewer::name)).toList());
    model.addAttribute("formerViewers", viewers(sharing.formerViewersOf(user.id())).toList());
    model.addAttribute("whoCanSee", sharing.whoCanSee(user.id()));
    model.addAttribute("hasPassword", links.hasPassword(user.id()));
    model.addAttribute("email", user.email());
    model.addAttribute("passwordError", passwordError);
    return "invitations/sharing";
  }
}
