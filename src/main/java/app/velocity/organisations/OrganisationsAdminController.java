package app.velocity.organisations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Firm admins manage client organisations, their people, and import people from CSV. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationsAdminController {

  /** The person form as typed, kept when it goes back with a message. */
  record PersonForm(String name, String email, String role, String title) {
    static PersonForm empty() {
      return new PersonForm("", "", "EXECUTIVE", "");
    }
  }

  private final Directory directory;
  private final PeopleImport peopleImport;

  OrganisationsAdminController(Directory directory, PeopleImport peopleImport) {
    this.directory = directory;
    this.peopleImport = peopleImport;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("organisations", directory.organisations());
    model.addAttribute("name", "");
    model.addAttribute("error", null);
    return "organisations/list";
  }

  @PostMapping
  String add(@RequestParam(defaultValue = "") String name, Model model, RedirectAttributes flash) {
    try {
      OrganisationView added = directory.addOrganisation(name);
      flash.addFlashAttribute("notice", added.name() + " is added.");
      return "redirect:/admin/organisations/" + added.id();
    } catch (InvalidPersonData e) {
      model.addAttribute("organisations", directory.organisations());
      model.addAttribute("name", name);
      model.addAttribute("error", Messages.sentence(e));
      return "organisations/list";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, model, PersonForm.empty(), null, null, List.of());
  }

  private String show(
      UUID id,
      Model model,
      PersonForm form,
      String personError,
      String importMessage,
      List<PeopleImport.Problem> problems) {
    OrganisationView organisation =
        directory.organisation(new OrganisationId(id)).orElseThrow(OrganisationNotFound::new);
    model.addAttribute("organisation", organisation);
    model.addAttribute("people", directory.peopleIn(organisation.id()));
    model.addAttribute("formName", form.name());
    model.addAttribute("formEmail", form.email());
    model.addAttribute("formRole", form.role());
    model.addAttribute("formTitle", form.title());
    model.addAttribute("personError", personError);
    model.addAttribute("importMessage", importMessage);
    model.addAttribute("problems", problems);
    return "organisations/organisation";
  }

  @PostMapping("/{id}/name")
  String rename(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      RedirectAttributes flash) {
    try {
      directory.renameOrganisation(new OrganisationId(id), name);
      flash.addFlashAttribute("notice", "The name is changed.");
    } catch (InvalidPersonData e) {
      flash.addFlashAttribute("notice", Messages.sentence(e));
    }
    return "redirect:/admin/organisations/" + id;
  }

  @PostMapping("/{id}/active")
  String active(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes flash) {
    directory.setOrganisationActive(new OrganisationId(id), active);
    flash.addFlashAttribute(
        "notice",
        active ? "The organisation is active again." : "The organisation is deactivated.");
    return "redirect:/admin/organisations/" + id;
  }

  @PostMapping("/{id}/people")
  String addPerson(@PathVariable UUID id, PersonForm form, Model model, RedirectAttributes flash) {
    try {
      PersonView added =
          directory.addPerson(
              new NewPerson(
                  form.name(),
                  form.email(),
                  Role.parse(form.role()),
                  new OrganisationId(id),
                  form.title()));
      flash.addFlashAttribute("notice", added.name() + " is added.");
      return "redirect:/admin/organisations/" + id;
    } catch (IllegalArgumentException e) {
      return show(id, model, form, Messages.sentence(e), null, List.of());
    }
  }

  @PostMapping("/{id}/import")
  String importPeople(
      @PathVariable UUID id,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes flash)
      throws IOException {
    if (file == null || file.isEmpty()) {
      return show(id, model, PersonForm.empty(), null, "Choose a CSV file to import.", List.of());
    }
    PeopleImport.Result result;
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      result = peopleImport.importInto(new OrganisationId(id), reader);
    }
    if (result.succeeded()) {
      flash.addFlashAttribute("notice", result.imported() + " people imported.");
      return "redirect:/admin/organisations/" + id;
    }
    return show(
        id,
        model,
        PersonForm.empty(),
        null,
        "Nothing was imported: the file has "
            + result.problems().size()
            + (result.problems().size() == 1 ? " problem" : " problems")
            + ". Fix "
            + (result.problems().size() == 1 ? "it" : "them")
            + " and import the whole file again.",
        result.problems());
  }
}
