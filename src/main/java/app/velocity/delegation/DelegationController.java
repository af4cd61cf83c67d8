package app.velocity.delegation;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ScoresInput;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Delegation pages: the executive's work, a new piece, the advisor, and his pattern. */
@Controller
@RolesAllowed("EXECUTIVE")
class DelegationController {

  private final DelegationAdvisor advisor;

  DelegationController(DelegationAdvisor advisor) {
    this.advisor = advisor;
  }

  @GetMapping("/delegation")
  String list(CurrentUser user, Model model) {
    model.addAttribute("items", advisor.workOf(user));
    return "delegation/list";
  }

  @GetMapping("/delegation/new")
  String form(CurrentUser user, Model model) {
    return form(model, WorkForm.blank(), null);
  }

  private String form(Model model, WorkForm form, FieldError error) {
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("questions", DemandQuestions.QUESTIONS);
    return "delegation/new";
  }

  @PostMapping("/delegation")
  String create(
      CurrentUser user,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String description,
      @RequestParam(defaultValue = "") String criticality,
      @RequestParam(defaultValue = "numbers") String mode,
      @RequestParam(defaultValue = "") String people,
      @RequestParam(defaultValue = "") String performance,
      @RequestParam(defaultValue = "") String process,
      @RequestParam(defaultValue = "") String skills,
      @RequestParam(defaultValue = "") String dueOn,
      @RequestParam Map<String, String> all,
      Model model,
      RedirectAttributes flash) {
    WorkForm form =
        new WorkForm(
            title,
            description,
            criticality,
            mode,
            people,
            performance,
            process,
            WorkForm.answersFrom(all),
            skills,
            dueOn);
    try {
      UUID id = advisor.create(user, form.toNewWork());
      flash.addFlashAttribute("notice", savedNotice(form.demand()));
      return "redirect:/delegation/" + id;
    } catch (IllegalArgumentException e) {
      return form(model, form, FieldError.of(e));
    }
  }

  @GetMapping("/delegation/{id}")
  String show(CurrentUser user, @PathVariable UUID id, Model model) {
    return show(user, id, model, null, "", "", List.of());
  }

  private String show(
      CurrentUser user,
      UUID id,
      Model model,
      FieldError error,
      String chosen,
      String why,
      List<String> considered) {
    DelegationAdvisor.Advice advice = advisor.advise(user, id);
    model.addAttribute("advice", advice);
    model.addAttribute("error", error);
    model.addAttribute("chosen", chosen);
    model.addAttribute("why", why);
    model.addAttribute("note", "");
    // the top three are compared side by side, so they count as considered unless he says otherwise
    model.addAttribute(
        "considered",
        error != null
            ? considered
            : advice.candidates().stream().limit(3).map(c -> c.person()).toList());
    return "delegation/work";
  }

  private static String savedNotice(ScoresInput.Read demand) {
    String saved = "The work is saved. Compare the candidates below before you choose.";
    if (!demand.normalised()) {
      return saved;
    }
    DriveScores d = demand.scores();
    return String.format(
        Locale.ROOT,
        "Your three numbers did not quite add up to 100, so Velocity scaled them: People %.1f,"
            + " Performance %.1f, Process %.1f. %s",
        d.people(),
        d.performance(),
        d.process(),
        saved);
  }

  @PostMapping("/delegation/{id}/choice")
  String choose(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String chosen,
      @RequestParam(defaultValue = "") String why,
      @RequestParam(required = false) List<String> considered,
      Model model,
      RedirectAttributes flash) {
    List<String> ticked = considered == null ? List.of() : considered;
    try {
      PersonId person = chosen.isBlank() ? null : parse("chosen", chosen);
      List<PersonId> weighed = ticked.stream().map(c -> parse("considered", c)).toList();
      advisor.choose(user, id, new DelegationAdvisor.Choice(person, why, weighed));
      flash.addFlashAttribute(
          "notice",
          "Your choice is recorded. Come back to rate how it went once the work is done.");
      return "redirect:/delegation/" + id;
    } catch (IllegalArgumentException e) {
      return show(user, id, model, FieldError.of(e), chosen, why, ticked);
    } catch (IllegalStateException e) {
      flash.addFlashAttribute("notice", e.getMessage());
      return "redirect:/delegation/" + id;
    }
  }

  @PostMapping("/delegation/{id}/outcome")
  String rate(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") String rating,
      @RequestParam(defaultValue = "") String note,
      Model model,
      RedirectAttributes flash) {
    try {
      int value;
      try {
        value = Integer.parseInt(rating.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("rating: rate the outcome from 1 (badly) to 5");
      }
      advisor.rateOutcome(user, id, value, note);
      flash.addFlashAttribute("notice", "The outcome is recorded.");
      return "redirect:/delegation/" + id;
    } catch (IllegalArgumentException | IllegalStateException e) {
      String page = show(user, id, model, FieldError.of(e), "", "", List.of());
      model.addAttribute("note", note);
      return page;
    }
  }

  @GetMapping("/delegation/pattern")
  String pattern(
      CurrentUser user,
      @RequestParam(defaultValue = "all") String scope,
      @RequestParam(defaultValue = "all") String period,
      Model model) {
    DelegationAdvisor.Scope chosen =
        "critical".equalsIgnoreCase(scope)
            ? DelegationAdvisor.Scope.CRITICAL
            : DelegationAdvisor.Scope.ALL;
    // like the scope, an unknown period falls back to all rather than to an error page
    DelegationAdvisor.Period when =
        DelegationAdvisor.Period.parse(period).orElse(DelegationAdvisor.Period.ALL);
    DelegationAdvisor.Pattern pattern = advisor.pattern(user, chosen, when);
    model.addAttribute("pattern", pattern);
    model.addAttribute(
        "chart",
        pattern.report() == null || pattern.report().trend().isEmpty()
            ? null
            : QuarterChart.svg(pattern.report().trend(), pattern.expectedShareByQuarter()));
    return "delegation/pattern";
  }

  private static PersonId parse(String field, String text) {
    try {
      return PersonId.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": choose one of the candidates shown");
    }
  }
}
