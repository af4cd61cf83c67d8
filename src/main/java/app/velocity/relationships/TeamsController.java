package app.velocity.relationships;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teams: the executive's own, a client's for their coach, the distribution for a sponsor. */
@Controller
class TeamsController {

  private final Teams teams;
  private final Directory directory;

  TeamsController(Teams teams, Directory directory) {
    this.teams = teams;
    this.directory = directory;
  }

  @GetMapping("/teams")
  @RolesAllowed({"EXECUTIVE", "SPONSOR"})
  String list(CurrentUser user, Model model) {
    return list(user, model, "", List.of(), null);
  }

  private String list(
      CurrentUser user, Model model, String name, List<String> chosen, FormError error) {
    model.addAttribute("teams", teams.visibleTo(user));
    model.addAttribute("canCreate", user.is(Role.EXECUTIVE));
    List<PersonView> people = new ArrayList<>();
    if (user.is(Role.EXECUTIVE)) {
      people.addAll(
          directory.peopleIn(user.organisation()).stream()
              .filter(PersonView::active)
              .sorted(Comparator.comparing((PersonView p) -> !p.id().equals(user.id())))
              .toList());
    }
    model.addAttribute("people", people);
    model.addAttribute("me", user.id().value().toString());
    model.addAttribute("name", name);
    model.addAttribute("chosen", chosen);
    model.addAttribute("error", error);
    return "relationships/teams";
  }

  @PostMapping("/teams")
  @RolesAllowed("EXECUTIVE")
  String create(
      CurrentUser user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) List<String> members,
      Model model,
      RedirectAttributes flash) {
    List<String> chosen = members == null ? List.of() : members;
    try {
      List<PersonId> ids = new ArrayList<>();
      for (String m : chosen) {
        try {
          ids.add(PersonId.parse(m));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("members: choose people from the list");
        }
      }
      UUID id = teams.create(user, name, ids);
      flash.addFlashAttribute("notice", "The team is saved.");
      return "redirect:/teams/" + id;
    } catch (IllegalArgumentException e) {
      return list(user, model, name, chosen, FormError.of(e));
    }
  }

  @GetMapping("/teams/{id}")
  @RolesAllowed({"EXECUTIVE", "COACH", "SPONSOR"})
  String team(CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("team", teams.view(user, id));
    return "relationships/team";
  }

  @PostMapping("/teams/{id}/remove")
  @RolesAllowed("EXECUTIVE")
  String remove(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
    teams.remove(user, id);
    flash.addFlashAttribute("notice", "The team is deleted.");
    return "redirect:/teams";
  }

  @GetMapping("/teams/of/{executive}")
  @RolesAllowed("COACH")
  String client(CurrentUser user, @PathVariable UUID executive, Model model) {
    model.addAttribute("teams", teams.ofClient(user, new PersonId(executive)));
    model.addAttribute("canCreate", false);
    model.addAttribute("people", List.of());
    model.addAttribute("me", "");
    model.addAttribute("name", "");
    model.addAttribute("chosen", List.of());
    model.addAttribute("error", null);
    return "relationships/teams";
  }
}
