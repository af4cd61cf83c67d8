package app.velocity.feedback;

import app.velocity.coaching.Part;
import app.velocity.organisations.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stakeholder survey of an engagement over JSON, under the same rules as the pages: the
 * executive names stakeholders and logs follow-ups, the coach confirms the list, sets, sends and
 * closes waves, both read the released results as far as the privacy thresholds allow; sponsors
 * read progress only.
 */
@RestController
@RequestMapping(path = "/api/v1/engagements/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Stakeholder surveys",
    description = "Stakeholders, waves, results within the privacy thresholds, follow-ups")
class SurveyApi {

  private final Surveys surveys;
  private final SurveyReport report;
  private final SurveyProgress progress;

  SurveyApi(Surveys surveys, SurveyReport report, SurveyProgress progress) {
    this.surveys = surveys;
    this.report = report;
    this.progress = progress;
  }

  /** A stakeholder to add; group is manager, peer, direct-report or other. */
  record NewStakeholder(String name, String email, String group) {}

  /** The coach's confirmation of the list as they read it: its fingerprint. */
  record Confirmation(String fingerprint) {}

  /** The stakeholders with whether the coach has confirmed exactly this list. */
  record ListJson(
      List<Stakeholder> stakeholders,
      String fingerprint,
      boolean confirmed,
      boolean changedSinceConfirmed,
      java.time.Instant confirmedAt) {}

  /** A wave to set, on a date (yyyy-mm-dd). */
  record NewWave(String dueOn) {}

  /** A follow-up conversation; group is optional. */
  record NewFollowUp(String heldOn, String withWhom, String group, String note) {}

  /** Results for the executive and the coach, or progress only for a sponsor. */
  record ResultsJson(SurveyResultsView results, SurveyProgress.Progress progress) {}

  @GetMapping("/stakeholders")
  @Operation(summary = "The stakeholders (executive and coach)")
  List<Stakeholder> stakeholders(CurrentUser user, @PathVariable UUID id) {
    return surveys.stakeholders(user, id);
  }

  @PostMapping(path = "/stakeholders", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Name a stakeholder (executive)",
      description =
          "6 to 12 per engagement, each person once (one mailbox however the address is spelt),"
              + " never an address of the executive's own. 400 with `field` (name, email, group)"
              + " for bad input.")
  ResponseEntity<Map<String, UUID>> addStakeholder(
      CurrentUser user, @PathVariable UUID id, @RequestBody NewStakeholder body) {
    UUID created = surveys.addStakeholder(user, id, body.name(), body.email(), body.group());
    return ResponseEntity.created(
            URI.create("/api/v1/engagements/" + id + "/stakeholders/" + created))
        .body(Map.of("id", created));
  }

  @GetMapping("/stakeholder-list")
  @Operation(
      summary = "The stakeholders and the coach's confirmation (executive and coach)",
      description =
          "`fingerprint` stands for the list as it is; `confirmed` is true while it is the list"
              + " the coach confirmed. Waves are sent only to a confirmed list.")
  ListJson stakeholderList(CurrentUser user, @PathVariable UUID id) {
    StakeholderList list = surveys.stakeholderList(user, id);
    return new ListJson(
        list.stakeholders(),
        list.fingerprint(),
        list.confirmed(),
        list.changedSinceConfirmed(),
        list.confirmedAt());
  }

  @PostMapping(path = "/stakeholder-list/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Confirm the stakeholder list (coach)",
      description =
          "With the `fingerprint` of the list as read. 409 when the list changed since (read it"
              + " again) or cannot be agreed: fewer than 6 or more than 12 people, an address of"
              + " the executive's own, one person named twice.")
  void confirm(CurrentUser user, @PathVariable UUID id, @RequestBody Confirmation body) {
    surveys.confirmStakeholders(user, id, body.fingerprint() == null ? "" : body.fingerprint());
  }

  @DeleteMapping("/stakeholders/{stakeholder}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a stakeholder (executive); their open links stop working")
  void removeStakeholder(CurrentUser user, @PathVariable UUID id, @PathVariable UUID stakeholder) {
    surveys.removeStakeholder(user, id, stakeholder);
  }

  @GetMapping("/waves")
  @Operation(
      summary = "The waves (executive and coach)",
      description =
          "Per wave: date, sent, closes, released, reminders sent, invited and answered counts"
              + " (overall, never per group).")
  List<Wave> waves(CurrentUser user, @PathVariable UUID id) {
    return surveys.waves(user, id);
  }

  @PostMapping(path = "/waves", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Set the next wave (coach)",
      description = "Today or later, after the previous wave's date; at most 6 waves.")
  ResponseEntity<Map<String, UUID>> scheduleWave(
      CurrentUser user, @PathVariable UUID id, @RequestBody NewWave body) {
    UUID created = surveys.scheduleWave(user, id, SurveyPages.date(body.dueOn(), "dueOn"));
    return ResponseEntity.created(URI.create("/api/v1/engagements/" + id + "/waves/" + created))
        .body(Map.of("id", created));
  }

  @PostMapping("/waves/{wave}/send")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Send a wave now (coach)",
      description =
          "409 when it was sent already or cannot be sent yet (the detail says why: for example"
              + " the coach has not confirmed the stakeholder list).")
  void send(CurrentUser user, @PathVariable UUID id, @PathVariable UUID wave) {
    surveys.sendNow(user, id, wave);
  }

  @PostMapping("/waves/{wave}/close")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Close an open wave now and release its results (coach)",
      description =
          "409 when the wave is not open. Its links stop working; its results never change.")
  void close(CurrentUser user, @PathVariable UUID id, @PathVariable UUID wave) {
    surveys.close(user, id, wave);
  }

  @GetMapping("/survey-results")
  @Operation(
      summary = "Survey results within the privacy thresholds",
      description =
          "Executive and coach: for each released wave, per goal and unit (overall, manager,"
              + " peers, direct reports, others) the net score, share improved and number of"
              + " answers, or the reason it is withheld; response, follow-up and suggestions per"
              + " wave likewise, exactly as released when the wave closed. An open wave shows"
              + " nothing here (its answered count is in `progress` and under /waves). A group"
              + " shows with at least 3 answers, suggestions with at least 5, never per person."
              + " Sponsors get `progress` only and `results` null.")
  ResultsJson results(CurrentUser user, @PathVariable UUID id) {
    Part part = surveys.partOf(user, id);
    if (part == Part.SPONSOR) {
      return new ResultsJson(null, progress.of(id));
    }
    return new ResultsJson(report.resultsFor(user, id), progress.of(id));
  }

  @GetMapping("/follow-ups")
  @Operation(summary = "The executive's follow-up conversations (executive and coach)")
  List<FollowUpConversation> followUps(CurrentUser user, @PathVariable UUID id) {
    return surveys.followUps(user, id);
  }

  @PostMapping(path = "/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Log a follow-up conversation (executive)")
  ResponseEntity<Map<String, UUID>> logFollowUp(
      CurrentUser user, @PathVariable UUID id, @RequestBody NewFollowUp body) {
    UUID created =
        surveys.logFollowUp(
            user,
            id,
            SurveyPages.date(body.heldOn(), "heldOn"),
            body.withWhom(),
            body.group(),
            body.note());
    return ResponseEntity.created(
            URI.create("/api/v1/engagements/" + id + "/follow-ups/" + created))
        .body(Map.of("id", created));
  }
}
