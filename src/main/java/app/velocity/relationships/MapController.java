package app.velocity.relationships;

import app.velocity.motivation.team.Frequency;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The executive's relationship map: see it, add, change and remove people, share with the coach.
 */
@Controller
class MapController {

  private final RelationshipMaps maps;

  MapController(RelationshipMaps maps) {
    this.maps = maps;
  }

  /** The choices of "how often", in order, for the forms. */
  static List<Frequency> frequencies() {
    return Arrays.asList(Frequency.values());
  }

  @GetMapping("/map")
  @RolesAllowed("EXECUTIVE")
  String map(CurrentUser user, Model model) {
    return map(user, model, EntryForm.blank(), null);
  }

  private String map(CurrentUser user, Model model, EntryForm form, FormError error) {
    RelationshipMaps.OwnMap own = maps.own(user);
    model.addAttribute("map", own.page());
    model.addAttribute("candidates", own.candidates());
    model.addAttribute("frequencies", frequencies());
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    return "relationships/map";
  }

  @PostMapping("/map/entries")
  @RolesAllowed("EXECUTIVE")
  String add(
      CurrentUser user, @ModelAttribute EntryForm form, Model model, RedirectAttributes flash) {
    try {
      MapEntry entry = form.entry();
      PersonId added = maps.add(user, entry, form.newColleague());
      flash.addFlashAttribute("notice", maps.nameOf(added) + " is on your map.");
      return "redirect:/map";
    } catch (IllegalArgumentException e) {
      return map(user, model, form, FormError.of(e));
    }
  }

  @GetMapping("/map/{person}/edit")
  @RolesAllowed("EXECUTIVE")
  String edit(CurrentUser user, @PathVariable UUID person, Model model) {
    MapEntry entry = maps.entry(user, new PersonId(person)).orElseThrow(PersonNotFound::new);
    return edit(user, model, new PersonId(person), EntryForm.of(entry), null);
  }

  private String edit(
      CurrentUser user, Model model, PersonId person, EntryForm form, FormError error) {
    model.addAttribute("name", maps.nameOf(person));
    model.addAttribute("personId", person.value().toString());
    model.addAttribute("frequencies", frequencies());
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    return "relationships/edit";
  }

  @PostMapping("/map/{person}")
  @RolesAllowed("EXECUTIVE")
  String change(
      CurrentUser user,
      @PathVariable UUID person,
      @ModelAttribute EntryForm form,
      Model model,
      RedirectAttributes flash) {
    PersonId id = new PersonId(person);
    maps.entry(user, id).orElseThrow(PersonNotFound::new);
    EntryForm kept =
        new EntryForm(
            id.value().toString(),
            "",
            "",
            form.importance(),
            form.frequency(),
            form.ease(),
            form.effectiveness(),
            form.notes());
    try {
      maps.change(user, kept.entry());
      flash.addFlashAttribute("notice", "Saved your ratings of " + maps.nameOf(id) + ".");
      return "redirect:/map";
    } catch (IllegalArgumentException e) {
      return edit(user, model, id, kept, FormError.of(e));
    }
  }

  @PostMapping("/map/{person}/remove")
  @RolesAllowed("EXECUTIVE")
  String remove(CurrentUser user, @PathVariable UUID person, RedirectAttributes flash) {
    PersonId id = new PersonId(person);
    String name = maps.nameOf(id);
    maps.remove(user, id);
    flash.addFlashAttribute("notice", name + " is off your map.");
    return "redirect:/map";
  }

  @PostMapping("/map/sharing")
  @RolesAllowed("EXECUTIVE")
  String share(
      CurrentUser user,
      @RequestParam(defaultValue = "false") boolean share,
      RedirectAttributes flash) {
    maps.shareWithCoach(user, share);
    flash.addFlashAttribute(
        "notice",
        share
            ? "Your coach can now read your map."
            : "Your map is private to you again; your coach no longer sees it.");
    return "redirect:/map";
  }

  @GetMapping("/maps")
  @RolesAllowed("COACH")
  String shared(CurrentUser user, Model model) {
    model.addAttribute("clients", maps.mapsSharedWith(user));
    return "relationships/shared";
  }

  @GetMapping("/map/of/{executive}")
  @RolesAllowed("COACH")
  String clientMap(CurrentUser user, @PathVariable UUID executive, Model model) {
    model.addAttribute("map", maps.page(user, new PersonId(executive)));
    return "relationships/client-map";
  }
}
