package app.velocity.coaching;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Engagement pages: the list, opening one, and one engagement as each part sees it. */
@Controller
class EngagementsController {

  private final Coaching coaching;
  private final Directory directory;

  EngagementsController(Coaching coaching, Directory directory) {
    this.coaching = coaching;
    this.directory = directory;
  }

  @GetMapping("/engagements")
  String list(CurrentUser user, Model model) {
    model.addAttribute("engagements", coaching.visibleTo(user));
    model.addAttribute("canOpen", user.is(Role.FIRM_ADMIN) || user.is(Role.COACH));
    return "coaching/engagements";
  }

  /**
   * The form; with {@code executive} chosen (the select asks again on change, through htmx), it
   * lists the sponsors of that executive's organisation and no one else's.
   */
  @GetMapping("/engagements/new")
  String form(
      CurrentUser user,
      @RequestParam(required = false) String executive,
      @RequestParam(required = false) String startsOn,
      @RequestParam(required = false) String endsOn,
      Model model) {
    return form(user, model, null, executive, null, startsOn, endsOn, null);
  }

  private String form(
      CurrentUser user,
      Model model,
      String error,
      String executive,
      String coach,
      String startsOn,
      String endsOn,
      List<String> sponsors) {
    if (!user.is(Role.FIRM_ADMIN) && !user.is(Role.COACH)) {
      throw new NotYourEngagement();
    }
    List<PersonView> executives =
        directory.withRole(Role.EXECUTIVE).stream().filter(PersonView::active).toList();
    if (user.is(Role.COACH)) {
      executives = directory.clientsOf(user.id()).stream().filter(PersonView::active).toList();
    }
    model.addAttribute("executives", executives);
    model.addAttribute("coaches", user.is(Role.COACH) ? List.of() : directory.withRole(Role.COACH));
    model.addAttribute(
        "sponsors",
        executives.stream()
            .filter(p -> p.id().toString().equals(executive))
            .findFirst()
            .map(
                chosen ->
                    directory.withRole(Role.SPONSOR).stream()
                        .filter(PersonView::active)
                        .filter(p -> chosen.organisation().equals(p.organisation()))
                        .toList())
            .orElse(null));
    model.addAttribute("error", error);
    model.addAttribute("executive", executive == null ? "" : executive);
    model.addAttribute("coach", coach == null ? "" : coach);
    model.addAttribute("startsOn", startsOn == null ? LocalDate.now().toString() : startsOn);
    model.addAttribute(
        "endsOn", endsOn == null ? LocalDate.now().plusMonths(12).toString() : endsOn);
    model.addAttribute("chosenSponsors", sponsors == null ? List.of() : sponsors);
    return "coaching/new";
  }

  @PostMapping("/engagements")
  String open(
      CurrentUser user,
      @RequestParam(defaultValue = "") String executive,
      @RequestParam(defaultValue = "") String coach,
      @RequestParam(required = false) List<String> sponsors,
      @RequestParam(defaultValue = "") String startsOn,
      @RequestParam(defaultValue = "") String endsOn,
      @RequestParam(defaultValue = "false") boolean managerShownAlone,
      Model model,
      RedirectAttributes flash) {
    try {
      UUID id =
          coaching.open(
              user,
              new Coaching.Opening(
                  executive.isBlank() ? null : PersonId.parse(executive),
                  coach.isBlank() ? null : PersonId.parse(coach),
                  sponsors == null ? List.of() : sponsors.stream().map(PersonId::parse).toList(),
                  date(startsOn, "startsOn"),
                  date(endsOn, "endsOn"),
                  managerShownAlone));
      flash.addFlashAttribute(
          "notice",
          "The engagement is open. The executive accepts the agreement before work starts.");
      return "redirect:/engagements/" + id;
    } catch (IllegalArgumentException e) {
      return form(user, model, Sentences.of(e), executive, coach, startsOn, endsOn, sponsors);
    }
  }

  @GetMapping("/engagements/{id}")
  String show(CurrentUser user, @PathVariable UUID id, Model model) {
    EngagementView engagement = coaching.pageView(user, id);
    model.addAttribute("engagement", engagement);
    if (!model.containsAttribute("error")) {
      model.addAttribute("error", null);
    }
    if (!model.containsAttribute("sessionForm")) {
      model.addAttribute("sessionForm", SessionForm.blank());
    }
    if (!model.containsAttribute("goalForm")) {
      model.addAttribute("goalForm", GoalForm.blank());
    }
    model.addAttribute("goalChoices", coaching.goalChoices(user, engagement));
    model.addAttribute("timeZones", TimeZones.OFFERED);
    return "coaching/engagement";
  }

  @GetMapping("/coaching/dashboard")
  String dashboard(CurrentUser user, Model model) {
    model.addAttribute("dashboard", coaching.dashboard(user));
    return "coaching/dashboard";
  }

  @PostMapping("/engagements/{id}/agreement")
  String accept(CurrentUser user, @PathVariable UUID id, RedirectAttributes flash) {
    coaching.acceptAgreement(user, id);
    flash.addFlashAttribute("notice", "Thank you. The agreement is accepted; the work can start.");
    return "redirect:/engagements/" + id;
  }

  @PostMapping("/engagements/{id}/goals")
  String goal(CurrentUser user, @PathVariable UUID id, GoalForm form, RedirectAttributes flash) {
    try {
      coaching.defineGoal(
          user, id, form.title(), form.levels(), form.strength(), form.relationship());
      flash.addFlashAttribute("notice", "The goal is set.");
    } catch (IllegalArgumentException e) {
      flash.addFlashAttribute("goalForm", form.withError(e));
    } catch (IllegalStateException e) {
      flash.addFlashAttribute("error", Sentences.of(e));
    }
    return "redirect:/engagements/" + id + "#goals";
  }

  @PostMapping("/engagements/{id}/goals/{goal}/scores")
  String score(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID goal,
      @RequestParam(defaultValue = "0") int level,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The review is recorded.",
        () -> coaching.scoreGoal(user, id, goal, level, note));
  }

  @PostMapping("/engagements/{id}/actions")
  String action(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String dueOn,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The action is added.",
        () ->
            coaching.commitAction(user, id, title, dueOn.isBlank() ? null : date(dueOn, "dueOn")));
  }

  @PostMapping("/engagements/{id}/actions/{action}")
  String mark(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID action,
      @RequestParam(defaultValue = "") String status,
      RedirectAttributes flash) {
    return attempt(
        "/engagements/" + id + "#actions",
        flash,
        "The action is updated.",
        () -> coaching.markAction(user, id, action, Action.Status.parse(status)));
  }

  @PostMapping("/engagements/{id}/journal")
  String journal(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(defaultValue = "false") boolean share,
      RedirectAttributes flash) {
    return attempt(
        id, flash, "Saved in your journal.", () -> coaching.writeJournal(user, id, body, share));
  }

  @PostMapping("/engagements/{id}/journal/{entry}")
  String share(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID entry,
      @RequestParam boolean share,
      RedirectAttributes flash) {
    coaching.shareJournalEntry(user, id, entry, share);
    flash.addFlashAttribute("notice", share ? "Shared with your coach." : "Now private to you.");
    return "redirect:/engagements/" + id;
  }

  private String attempt(UUID id, RedirectAttributes flash, String done, Runnable work) {
    return attempt("/engagements/" + id, flash, done, work);
  }

  /** Does the work and goes back to the page with a notice, or with the mistake as a sentence. */
  static String attempt(String page, RedirectAttributes flash, String done, Runnable work) {
    try {
      work.run();
      flash.addFlashAttribute("notice", done);
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("error", Sentences.of(e));
    }
    return "redirect:" + page;
  }

  static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": use a date such as 2026-03-31");
    }
  }
}
