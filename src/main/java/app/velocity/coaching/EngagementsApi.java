package app.velocity.coaching;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coaching flow for a firm's integrations: engagements, the agreement, goals, actions, the
 * journal and sessions. Every answer goes through the same {@link Coaching} and {@link Scheduling}
 * services as the pages, so each caller sees exactly what docs/design.md §1 allows; an engagement
 * or session the caller has no part in answers 404, the same as one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/engagements")
@Tag(
    name = "Coaching engagements",
    description =
        "Engagements, the agreement, goals, actions, the journal and sessions with calendar"
            + " invitations; filtered by the caller's part in each engagement")
class EngagementsApi {

  private static final String NOT_YOURS =
      "No such engagement or session, or you have no part in it";

  private final Coaching coaching;
  private final Scheduling scheduling;

  EngagementsApi(Coaching coaching, Scheduling scheduling) {
    this.coaching = coaching;
    this.scheduling = scheduling;
  }

  record OpenJson(
      UUID executive,
      UUID coach,
      List<UUID> sponsors,
      LocalDate startsOn,
      LocalDate endsOn,
      Boolean managerShownAlone) {}

  /**
   * A new goal; {@code strength} (a strength's id) or {@code relationship} (a person's id) ties it
   * to one thing, as {@code GET .../goal-links} offers them.
   */
  record GoalJson(String title, List<String> levels, String strength, String relationship) {}

  /** What a new goal may be tied to. */
  record GoalLinksJson(List<GoalLinks.Choice> strengths, List<GoalLinks.Choice> relationships) {}

  record ScoreJson(Integer level, String note) {}

  record ActionJson(String title, LocalDate dueOn) {}

  record MarkJson(String status) {}

  record JournalJson(String body, Boolean share) {}

  record ShareJson(Boolean share) {}

  record NotesJson(String notes) {}

  record PlanJson(
      LocalDate date,
      LocalTime time,
      String timeZone,
      Integer minutes,
      String location,
      String videoLink,
      String agenda) {

    Scheduling.SessionPlan plan() {
      if (minutes == null) {
        throw new IllegalArgumentException("minutes: give the length in minutes, such as 60");
      }
      return new Scheduling.SessionPlan(date, time, timeZone, minutes, location, videoLink, agenda);
    }
  }

  record Created(UUID id) {}

  /** A session; {@code privateNotes} is present for the coach only. */
  record SessionJson(
      UUID id,
      OffsetDateTime start,
      String timeZone,
      int minutes,
      String location,
      String videoLink,
      String agenda,
      String state,
      int sequence,
      String sharedNotes,
      String privateNotes,
      List<UUID> followUps) {
    static SessionJson of(SessionView s) {
      return new SessionJson(
          s.id(),
          s.start().toOffsetDateTime(),
          s.zone(),
          s.minutes(),
          s.location(),
          s.videoLink(),
          s.agenda(),
          s.state(),
          s.sequence(),
          s.sharedNotes(),
          s.privateNotes(),
          s.followUps().stream().map(EngagementView.ActionView::id).toList());
    }
  }

  /**
   * A goal; {@code strength} is the id of the strength (overdone) it is tied to and {@code
   * relationship} the person on the map, at most one of them; {@code tiedTo} says it in words.
   */
  record GoalOut(
      UUID id,
      String title,
      List<String> levels,
      List<Integer> scores,
      Integer latest,
      String strength,
      UUID relationship,
      String tiedTo) {}

  record ActionOut(
      UUID id, String title, LocalDate dueOn, String status, boolean overdue, UUID session) {}

  record JournalOut(UUID id, String body, boolean sharedWithCoach, Instant createdAt) {}

  /** The aggregates a sponsor sees; goals are numbered, never named. */
  record ProgressJson(
      String status,
      int sessionsHeld,
      int goals,
      int goalsReviewed,
      List<Integer> latestLevels,
      Double goalAttainmentTScore,
      int actionsDone,
      int actionsOpen,
      String stakeholderSurvey) {}

  record EngagementJson(
      UUID id,
      String yourPart,
      String executive,
      String coach,
      String organisation,
      List<String> sponsors,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      boolean agreementAccepted,
      List<GoalOut> goals,
      List<ActionOut> actions,
      List<JournalOut> journal,
      List<SessionJson> sessions,
      ProgressJson progress) {
    static EngagementJson of(EngagementView e) {
      var p = e.progress();
      return new EngagementJson(
          e.id(),
          e.part().name(),
          e.executive(),
          e.coach(),
          e.organisation(),
          e.sponsors(),
          e.startsOn(),
          e.endsOn(),
          e.status().name(),
          e.agreementAccepted(),
          e.goals().stream()
              .map(
                  g ->
                      new GoalOut(
                          g.id(),
                          g.title(),
                          g.levels(),
                          g.scores(),
                          g.latest(),
                          g.strength(),
                          g.relationship(),
                          g.tiedTo()))
              .toList(),
          e.actions().stream()
              .map(
                  a ->
                      new ActionOut(
                          a.id(), a.title(), a.dueOn(), a.status(), a.overdue(), a.session()))
              .toList(),
          e.journal().stream()
              .map(j -> new JournalOut(j.id(), j.body(), j.sharedWithCoach(), j.createdAt()))
              .toList(),
          e.sessions().stream().map(SessionJson::of).toList(),
          p == null
              ? null
              : new ProgressJson(
                  e.status().name(),
                  p.sessionsHeld(),
                  p.goals(),
                  p.goalsScored(),
                  p.latestLevels(),
                  p.tScore(),
                  p.actionsDone(),
                  p.actionsOpen(),
                  p.survey()));
    }
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "The engagements you take part in",
      description =
          "Executives and coaches get the content they may see; sponsors only the progress"
              + " aggregates; firm admins every engagement with its status and no content.")
  List<EngagementJson> list(CurrentUser user) {
    return coaching.visibleTo(user).stream().map(EngagementJson::of).toList();
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "One engagement as you may see it",
      responses = {
        @ApiResponse(responseCode = "200", description = "The engagement"),
        @ApiResponse(
            responseCode = "404",
            description = NOT_YOURS,
            content = @Content(mediaType = "application/problem+json"))
      })
  EngagementJson read(CurrentUser user, @PathVariable UUID id) {
    return EngagementJson.of(coaching.view(user, id));
  }

  @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Open an engagement (firm admins and coaches)",
      description =
          "A coach opens engagements for their own clients only (`coach` is ignored); any other"
              + " executive, and an id that names nobody, answers 404 alike. A firm admin names"
              + " the coach: the executive's own, or anyone for an executive without a coach, who"
              + " is then assigned. Sponsors must be sponsors of the executive's organisation."
              + " The engagement waits for the executive to accept the agreement.",
      responses = {
        @ApiResponse(responseCode = "201", description = "Opened"),
        @ApiResponse(
            responseCode = "404",
            description = "A coach named someone who is not their client, or nobody",
            content = @Content(mediaType = "application/problem+json"))
      })
  EngagementJson open(CurrentUser user, @RequestBody(required = false) OpenJson body) {
    OpenJson b = body == null ? new OpenJson(null, null, null, null, null, null) : body;
    UUID id =
        coaching.open(
            user,
            new Coaching.Opening(
                b.executive() == null ? null : new PersonId(b.executive()),
                b.coach() == null ? null : new PersonId(b.coach()),
                b.sponsors() == null
                    ? List.of()
                    : b.sponsors().stream()
                        .map(
                            s -> {
                              if (s == null) {
                                throw new IllegalArgumentException("sponsors: an id is missing");
                              }
                              return new PersonId(s);
                            })
                        .toList(),
                b.startsOn(),
                b.endsOn(),
                Boolean.TRUE.equals(b.managerShownAlone())));
    return EngagementJson.of(coaching.view(user, id));
  }

  /** The same answer for "not your client" and "nobody has this id": neither names anyone. */
  @ExceptionHandler(NotYourClient.class)
  ProblemDetail notYourClient(NotYourClient e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "executive: none of your clients has this id");
    problem.setTitle("Not found");
    problem.setProperty("field", "executive");
    return problem;
  }

  @PostMapping(path = "/{id}/agreement", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Accept the agreement on who sees what (the executive)")
  EngagementJson accept(CurrentUser user, @PathVariable UUID id) {
    coaching.acceptAgreement(user, id);
    return EngagementJson.of(coaching.view(user, id));
  }

  @BodyLimit(kilobytes = 32) // a title and five levels, 2,700 characters
  @PostMapping(path = "/{id}/goals", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Define a behaviour goal with its five levels, from −2 to +2",
      description =
          "At most two goals per engagement; `levels` lists exactly five descriptions. Optionally"
              + " tie the goal to one thing: `strength`, the id of one of the executive's"
              + " strengths in its overdone form, or `relationship`, a person on the executive's"
              + " relationship map, as `GET .../goal-links` offers them. Anything else answers"
              + " 400 naming the field.")
  Created goal(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) GoalJson body) {
    GoalJson b = body == null ? new GoalJson(null, null, null, null) : body;
    return new Created(
        coaching.defineGoal(user, id, b.title(), b.levels(), b.strength(), b.relationship()));
  }

  @GetMapping(path = "/{id}/goal-links", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "What a new goal may be tied to (executive or coach)",
      description =
          "The executive's top strengths from their latest profile (ids such as `decisive`, each"
              + " labelled with its overdone form) and the people on their relationship map; each"
              + " list holds only what you may see (the coach sees the map once it is shared),"
              + " and both are empty once the engagement has its two goals.")
  GoalLinksJson goalLinks(CurrentUser user, @PathVariable UUID id) {
    if (!coaching.view(user, id).seesContent()) {
      throw new NotYourEngagement();
    }
    Coaching.GoalChoices choices = coaching.goalChoices(user, id);
    return new GoalLinksJson(choices.strengths(), choices.relationships());
  }

  @PostMapping(path = "/{id}/goals/{goal}/scores", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Score a goal at a review (the coach), level −2..+2")
  void score(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID goal,
      @RequestBody(required = false) ScoreJson body) {
    if (body == null || body.level() == null) {
      throw new IllegalArgumentException("level: choose a level from −2 to +2");
    }
    coaching.scoreGoal(user, id, goal, body.level(), body.note());
  }

  @PostMapping(path = "/{id}/actions", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Commit to an action, with an optional due date")
  Created action(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ActionJson body) {
    ActionJson b = body == null ? new ActionJson(null, null) : body;
    return new Created(coaching.commitAction(user, id, b.title(), b.dueOn()));
  }

  @PutMapping(path = "/{id}/actions/{action}/status", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark an action OPEN, DONE or DROPPED")
  void mark(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID action,
      @RequestBody(required = false) MarkJson body) {
    coaching.markAction(user, id, action, Action.Status.parse(body == null ? null : body.status()));
  }

  @BodyLimit(kilobytes = 128) // an entry of 20,000 characters, six bytes each when escaped in JSON
  @PostMapping(path = "/{id}/journal", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary = "Write a journal entry (the executive)",
      description = "Private to the executive unless `share` is true.")
  void journal(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) JournalJson body) {
    JournalJson b = body == null ? new JournalJson(null, null) : body;
    coaching.writeJournal(user, id, b.body(), Boolean.TRUE.equals(b.share()));
  }

  @PutMapping(path = "/{id}/journal/{entry}/shared", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Share a journal entry with the coach, or make it private again")
  void share(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID entry,
      @RequestBody(required = false) ShareJson body) {
    if (body == null || body.share() == null) {
      throw new IllegalArgumentException("share: true or false");
    }
    coaching.shareJournalEntry(user, id, entry, body.share());
  }

  @GetMapping(path = "/{id}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The engagement's sessions (the executive and the coach)")
  List<SessionJson> sessions(CurrentUser user, @PathVariable UUID id) {
    EngagementView engagement = coaching.view(user, id);
    if (!engagement.seesContent()) {
      throw new NotYourEngagement();
    }
    return engagement.sessions().stream().map(SessionJson::of).toList();
  }

  @BodyLimit(kilobytes = 32) // an agenda of 4,000 characters and the place
  @PostMapping(path = "/{id}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Schedule a session (the coach)",
      description =
          "`date` and `time` are the wall-clock time in `timeZone`, a zone id from the offered"
              + " list (default Europe/London). The executive and the coach receive a calendar"
              + " invitation (text/calendar; method=REQUEST) unless the session lies in the past.")
  SessionJson schedule(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) PlanJson body) {
    UUID session = scheduling.schedule(user, id, plan(body));
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @GetMapping(path = "/{id}/sessions/{session}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "One session")
  SessionJson session(CurrentUser user, @PathVariable UUID id, @PathVariable UUID session) {
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @BodyLimit(kilobytes = 32) // an agenda of 4,000 characters and the place
  @PutMapping(path = "/{id}/sessions/{session}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Change a session (the coach)",
      description = "Raises the sequence and sends the updated invitation, with the same UID.")
  SessionJson change(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestBody(required = false) PlanJson body) {
    scheduling.change(user, id, session, plan(body));
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @PostMapping(
      path = "/{id}/sessions/{session}/cancel",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Cancel a session (the coach)",
      description = "Raises the sequence and sends METHOD:CANCEL with the same UID.")
  SessionJson cancel(CurrentUser user, @PathVariable UUID id, @PathVariable UUID session) {
    scheduling.cancel(user, id, session);
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @BodyLimit(kilobytes = 128) // a note of 20,000 characters, six bytes each when escaped in JSON
  @PutMapping(path = "/{id}/sessions/{session}/notes", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Write the shared notes (the executive or the coach)")
  SessionJson notes(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestBody(required = false) NotesJson body) {
    scheduling.writeSharedNotes(user, id, session, body == null ? null : body.notes());
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @BodyLimit(kilobytes = 128) // a note of 20,000 characters, six bytes each when escaped in JSON
  @PutMapping(
      path = "/{id}/sessions/{session}/private-notes",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Write the coach's private notes (the coach; nobody else ever reads them)")
  SessionJson privateNotes(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestBody(required = false) NotesJson body) {
    scheduling.writePrivateNotes(user, id, session, body == null ? null : body.notes());
    return SessionJson.of(scheduling.view(user, id, session));
  }

  @PostMapping(
      path = "/{id}/sessions/{session}/actions",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a follow-up action agreed in this session")
  Created followUp(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable UUID session,
      @RequestBody(required = false) ActionJson body) {
    ActionJson b = body == null ? new ActionJson(null, null) : body;
    return new Created(scheduling.followUp(user, id, session, b.title(), b.dueOn()));
  }

  @GetMapping(path = "/{id}/sessions/{session}.ics", produces = "text/calendar")
  @Operation(
      summary = "The session's calendar object",
      description =
          "METHOD:REQUEST while the session stands, METHOD:CANCEL once cancelled; the UID never"
              + " changes and SEQUENCE rises with every change.")
  ResponseEntity<String> calendar(
      CurrentUser user, @PathVariable UUID id, @PathVariable UUID session) {
    return SessionsController.ics(scheduling.calendar(user, id, session));
  }

  private static Scheduling.SessionPlan plan(PlanJson body) {
    if (body == null) {
      throw new IllegalArgumentException("date: choose the date of the session");
    }
    return body.plan();
  }
}
