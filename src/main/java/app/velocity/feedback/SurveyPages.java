package app.velocity.feedback;

import app.velocity.coaching.Coaching;
import app.velocity.coaching.EngagementView;
import app.velocity.coaching.Part;
import app.velocity.feedback.results.Results;
import app.velocity.organisations.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The survey page of an engagement: stakeholders, waves, results and the follow-up log. */
@Controller
class SurveyPages {

  private final Coaching coaching;
  private final Surveys surveys;
  private final SurveyReport report;
  private final SurveyProgress progress;
  private final Clock clock;

  SurveyPages(
      Coaching coaching,
      Surveys surveys,
      SurveyReport report,
      SurveyProgress progress,
      Clock clock) {
    this.coaching = coaching;
    this.surveys = surveys;
    this.report = report;
    this.progress = progress;
    this.clock = clock;
  }

  @GetMapping("/engagements/{id}/survey")
  String show(CurrentUser user, @PathVariable UUID id, Model model) {
    return page(user, id, model, null, null, Map.of());
  }

  private String page(
      CurrentUser user,
      UUID id,
      Model model,
      String form,
      RuntimeException problem,
      Map<String, String> input) {
    EngagementView engagement = coaching.pageView(user, id);
    Part part = engagement.part();
    if (part == Part.FIRM_ADMIN) {
      throw new NotYourSurvey();
    }
    boolean content = part.seesContent();
    Surveys.Content read =
        content
            ? surveys.content(engagement)
            : new Surveys.Content(new StakeholderList(List.of(), null, null), List.of(), List.of());
    var found =
        content ? report.resultsFor(user, engagement, read.waves()) : Optional.<Results>empty();
    SurveyResultsView results =
        content
            ? SurveyReport.view(Coaching.surveySubject(engagement), found)
            : new SurveyResultsView(List.of(), List.of());
    model.addAttribute(
        "page",
        new SurveyPage(
            engagement,
            read.stakeholders(),
            read.waves(),
            results,
            results.goals().stream()
                .map(g -> new SurveyPage.GoalChart(g, ProgressChart.draw(g)))
                .toList(),
            read.followUps(),
            content
                ? SurveyProgress.of(Coaching.surveySubject(engagement), read.waves(), found)
                : progress.of(id),
            clock.instant(),
            form,
            problem == null ? null : Messages.sentence(problem),
            problem == null ? null : Messages.field(problem),
            input));
    return "feedback/survey";
  }

  @PostMapping("/engagements/{id}/survey/stakeholders")
  String addStakeholder(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String group,
      Model model,
      RedirectAttributes flash) {
    try {
      surveys.addStakeholder(user, id, name, email, group);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return page(
          user, id, model, "stakeholders", e, Map.of("name", name, "email", email, "group", group));
    }
    flash.addFlashAttribute("notice", name.strip() + " is on the list of stakeholders.");
    return "redirect:/engagements/" + id + "/survey#stakeholders";
  }

  @PostMapping("/engagements/{id}/survey/stakeholders/confirmation")
  String confirmStakeholders(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String fingerprint,
      Model model,
      RedirectAttributes flash) {
    try {
      surveys.confirmStakeholders(user, id, fingerprint);
    } catch (IllegalStateException e) {
      return page(user, id, model, "confirmation", e, Map.of());
    }
    flash.addFlashAttribute(
        "notice", "The list of stakeholders is confirmed: waves can be sent to these people.");
    return "redirect:/engagements/" + id + "/survey#stakeholders";
  }

  @PostMapping("/engagements/{id}/survey/stakeholders/{stakeholder}/removal")
  String removeStakeholder(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID stakeholder,
      RedirectAttributes flash) {
    surveys.removeStakeholder(user, id, stakeholder);
    flash.addFlashAttribute("notice", "The stakeholder is removed.");
    return "redirect:/engagements/" + id + "/survey#stakeholders";
  }

  @PostMapping("/engagements/{id}/survey/waves")
  String scheduleWave(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String dueOn,
      Model model,
      RedirectAttributes flash) {
    try {
      surveys.scheduleWave(user, id, date(dueOn, "dueOn"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return page(user, id, model, "waves", e, Map.of("dueOn", dueOn));
    }
    flash.addFlashAttribute("notice", "The wave is set for " + dueOn + ".");
    return "redirect:/engagements/" + id + "/survey#waves";
  }

  @PostMapping("/engagements/{id}/survey/waves/{wave}/sending")
  String sendNow(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID wave,
      Model model,
      RedirectAttributes flash) {
    return onWave(
        user,
        id,
        model,
        flash,
        () -> surveys.sendNow(user, id, wave),
        "The wave is sent: every stakeholder has an e-mail.");
  }

  @PostMapping("/engagements/{id}/survey/waves/{wave}/closing")
  String close(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID wave,
      Model model,
      RedirectAttributes flash) {
    return onWave(
        user,
        id,
        model,
        flash,
        () -> surveys.close(user, id, wave),
        "The wave is closed and its results are released; its links no longer work.");
  }

  /** Does something to a wave; a refusal goes back to the page, next to the waves. */
  private String onWave(
      CurrentUser user,
      UUID id,
      Model model,
      RedirectAttributes flash,
      Runnable action,
      String notice) {
    try {
      action.run();
    } catch (IllegalStateException e) {
      return page(user, id, model, "waves", e, Map.of());
    }
    flash.addFlashAttribute("notice", notice);
    return "redirect:/engagements/" + id + "/survey#waves";
  }

  @PostMapping("/engagements/{id}/survey/follow-ups")
  String logFollowUp(
      CurrentUser user,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String heldOn,
      @RequestParam(defaultValue = "") String withWhom,
      @RequestParam(defaultValue = "") String group,
      @RequestParam(defaultValue = "") String note,
      Model model,
      RedirectAttributes flash) {
    try {
      surveys.logFollowUp(user, id, date(heldOn, "heldOn"), withWhom, group, note);
    } catch (IllegalArgumentException e) {
      return page(
          user,
          id,
          model,
          "followUps",
          e,
          Map.of("heldOn", heldOn, "withWhom", withWhom, "group", group, "note", note));
    }
    flash.addFlashAttribute("notice", "The conversation is in your follow-up log.");
    return "redirect:/engagements/" + id + "/survey#follow-ups";
  }

  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": enter a date such as 2027-03-01");
    }
  }
}
