package app.velocity.organisations;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Firm admins edit, deactivate and assign coaches to people; and manage the firm's staff. */
@Controller
class PeopleAdminController {

  private final Directory directory;

  PeopleAdminController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/admin/people/{id}")
  String show(@PathVariable UUID id, Model model) {
    PersonView person = directory.person(new PersonId(id)).orElseThrow(PersonNotFound::new);
    return show(person, person.name(), person.email(), person.title(), null, model);
  }

  private String show(
      PersonView person, String name, String email, String title, String error, Model model) {
    model.addAttribute("person", person);
    model.addAttribute(
        "organisation",
        person.organisation() == null
            ? null
            : directory.organisation(person.organisation()).orElse(null));
    model.addAttribute("coaches", directory.withRole(Role.COACH));
    model.addAttribute("name", name);
    model.addAttribute("email", email);
    model.addAttribute("title", title == null ? "" : title);
    model.addAttribute("error", error);
    return "organisations/person";
  }

  @PostMapping("/admin/people/{id}")
  String change(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String title,
      Model model,
      RedirectAttributes flash) {
    PersonId personId = new PersonId(id);
    try {
      directory.changePerson(personId, name, email, title);
      flash.addFlashAttribute("notice", "Saved.");
      return "redirect:/admin/people/" + id;
    } catch (InvalidPersonData e) {
      PersonView person = directory.person(personId).orElseThrow(PersonNotFound::new);
      return show(person, name, email, title, Messages.sentence(e), model);
    }
  }

  @PostMapping("/admin/people/{id}/active")
  String active(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
    try {
      directory.setPersonActive(new PersonId(id), active);
      flash.addFlashAttribute(
          "notice", active ? "Reactivated." : "Deactivated: they can no longer sign in.");
    } catch (LastFirmAdmin e) {
      flash.addFlashAttribute("notice", Messages.sentence(e));
    }
    return "redirect:/admin/people/" + id;
  }

  @PostMapping("/admin/people/{id}/coach")
  String coach(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String coach,
      RedirectAttributes flash) {
    try {
      directory.assignCoach(new PersonId(id), coach.isBlank() ? null : PersonId.parse(coach));
      flash.addFlashAttribute("notice", coach.isBlank() ? "No coach assigned." : "Coach assigned.");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("notice", Messages.sentence(e));
    }
    return "redirect:/admin/people/" + id;
  }

  @GetMapping("/admin/coaches")
  String staff(Model model) {
    return staff(model, "", "", "COACH", null);
  }

  private String staff(Model model, String name, String email, String role, String error) {
    model.addAttribute("coaches", directory.withRole(Role.COACH));
    model.addAttribute("admins", directory.withRole(Role.FIRM_ADMIN));
    model.addAttribute("name", name);
    model.addAttribute("email", email);
    model.addAttribute("role", role);
    model.addAttribute("error", error);
    return "organisations/coaches";
  }

  @PostMapping("/admin/coaches")
  String addStaff(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "COACH") String role,
      Model model,
      RedirectAttributes flash) {
    try {
      Role staffRole = Role.parse(role);
      if (staffRole.belongsToClient()) {
        throw new InvalidPersonData("role", "must be coach or firm admin");
      }
      PersonView added = directory.addPerson(new NewPerson(name, email, staffRole, null, null));
      flash.addFlashAttribute(
          "notice", added.name() + " is added. Send an invitation so they can sign in.");
      return "redirect:/admin/people/" + added.id();
    } catch (IllegalArgumentException e) {
      return staff(model, name, email, role, Messages.sentence(e));
    }
  }
}
