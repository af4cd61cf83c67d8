package app.velocity.coaching;

import app.velocity.organisations.CurrentUser;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Session pages: the coach schedules, changes and cancels; both write notes and follow-ups. */
@Controller
class SessionsController {

  private final Scheduling scheduling;

  SessionsController(Scheduling scheduling) {
    this.scheduling = scheduling;
  }

  @PostMapping("/engagements/{id}/sessions")
  String schedule(
      CurrentUser user, @PathVariable UUID id, SessionForm form, RedirectAttributes flash) {
    try {
      scheduling.schedule(user, id, plan(form));
      flash.addFlashAttribute(
          "notice", "The session is scheduled; the invitation is on its way to you both.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      flash.addFlashAttribute("sessionForm", form.withError(e));
    }
    return "redirect:/engagements/" + id + "#sessions";
  }

  @PostMapping("/engagements/{id}/sessions/{session}")
  String change(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      SessionForm form,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The session is changed; the updated invitation is on its way.",
        () -> scheduling.change(user, id, session, plan(form)));
  }

  @PostMapping("/engagements/{id}/sessions/{session}/cancel")
  String cancel(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The session is cancelled; the cancellation is on its way.",
        () -> scheduling.cancel(user, id, session));
  }

  @PostMapping("/engagements/{id}/sessions/{session}/notes")
  String notes(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestParam(defaultValue = "") String notes,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The shared notes are saved.",
        () -> scheduling.writeSharedNotes(user, id, session, notes));
  }

  @PostMapping("/engagements/{id}/sessions/{session}/private-notes")
  String privateNotes(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestParam(defaultValue = "") String notes,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "Your private notes are saved.",
        () -> scheduling.writePrivateNotes(user, id, session, notes));
  }

  @PostMapping("/engagements/{id}/sessions/{session}/actions")
  String followUp(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String dueOn,
      RedirectAttributes flash) {
    return attempt(
        id,
        flash,
        "The follow-up action is added.",
        () ->
            scheduling.followUp(
                user, id, session, title, EngagementsController.date(dueOn, "dueOn")));
  }

  @GetMapping("/engagements/{id}/sessions/{session}.ics")
  ResponseEntity<String> calendar(
      CurrentUser user, @PathVariable UUID id, @PathVariable UUID session) {
    return ics(scheduling.calendar(user, id, session));
  }

  static ResponseEntity<String> ics(String calendar) {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"session.ics\"")
        .body(calendar);
  }

  private String attempt(UUID id, RedirectAttributes flash, String done, Runnable work) {
    return EngagementsController.attempt("/engagements/" + id + "#sessions", flash, done, work);
  }

  static Scheduling.SessionPlan plan(SessionForm form) {
    int minutes;
    try {
      minutes = Integer.parseInt(form.minutes() == null ? "" : form.minutes().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("minutes: give the length in minutes, such as 60");
    }
    return new Scheduling.SessionPlan(
        EngagementsController.date(form.date(), "date"),
        time(form.time()),
        form.timeZone(),
        minutes,
        form.location(),
        form.videoLink(),
        form.agenda());
  }

  static LocalTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time: use a time such as 09:30");
    }
  }
}
