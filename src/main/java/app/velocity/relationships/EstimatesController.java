package app.velocity.relationships;

import app.velocity.motivation.estimates.EstimateAccuracy;
import app.velocity.organisations.Access;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Estimating a colleague from observed behaviour, and the executive's own estimates. */
@Controller
@RolesAllowed("EXECUTIVE")
class EstimatesController {

  private final ObserverEstimates estimates;
  private final Access access;

  EstimatesController(ObserverEstimates estimates, Access access) {
    this.estimates = estimates;
    this.access = access;
  }

  @GetMapping("/map/{person}/estimate")
  String form(CurrentUser user, @PathVariable UUID person, Model model) {
    PersonView subject = subject(user, person);
    EstimateForm form =
        estimates.latestBy(user, subject.id()).map(EstimateForm::of).orElse(EstimateForm.blank());
    return form(model, subject, form, null);
  }

  private String form(Model model, PersonView subject, EstimateForm form, FormError error) {
    model.addAttribute("subject", subject.name());
    model.addAttribute("subjectId", subject.id().value().toString());
    model.addAttribute("questionnaire", estimates.questionnaire());
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    return "relationships/estimate";
  }

  @PostMapping("/map/{person}/estimate")
  String submit(
      CurrentUser user,
      @PathVariable UUID person,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes flash) {
    PersonView subject = subject(user, person);
    EstimateForm form = EstimateForm.read(estimates.questionnaire(), params);
    try {
      StoredEstimate saved =
          estimates.submit(
              user,
              null,
              subject.id(),
              form.acquaintance(),
              form.answers(estimates.questionnaire()),
              form.shareWithCoach());
      flash.addFlashAttribute(
          "notice",
          "Your estimate of "
              + subject.name()
              + " is saved, with "
              + Math.round(saved.estimate().confidence() * 100)
              + "% confidence. "
              + subject.name()
              + " never sees it.");
      return "redirect:/map";
    } catch (IllegalArgumentException e) {
      return form(model, subject, form, FormError.of(e));
    }
  }

  @GetMapping("/estimates")
  String own(CurrentUser user, Model model) {
    List<StoredEstimate> mine = estimates.own(user);
    Map<UUID, EstimateAccuracy> accuracies = estimates.accuracies(user, mine);
    model.addAttribute("rows", EstimateRow.of(mine, accuracies, access, user));
    model.addAttribute("calibration", estimates.calibration(accuracies).sentence());
    return "relationships/estimates";
  }

  @PostMapping("/estimates/{id}/sharing")
  String share(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "false") boolean share,
      RedirectAttributes flash) {
    estimates.shareWithCoach(user, id, share);
    flash.addFlashAttribute(
        "notice", share ? "Your coach can now see this estimate." : "The estimate is yours alone.");
    return "redirect:/estimates";
  }

  private PersonView subject(CurrentUser user, UUID person) {
    PersonView subject = access.visiblePerson(user, new PersonId(person));
    if (subject.id().equals(user.id())) {
      throw new app.velocity.organisations.PersonNotFound();
    }
    return subject;
  }
}
