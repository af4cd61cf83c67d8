package app.velocity.delegation;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ScoresInput;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.shell.BodyLimit;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The executive's delegation through the API: pieces of work, ranked candidates, the choice, the
 * outcome and the comfort-bias measurement over his stored decisions. Only executives; another
 * person's work answers 404.
 */
@RestController
@RolesAllowed("EXECUTIVE")
@Tag(name = "Delegation", description = "Your pieces of work, the advisor and your pattern")
class DelegationApi {

  private final DelegationAdvisor advisor;

  DelegationApi(DelegationAdvisor advisor) {
    this.advisor = advisor;
  }

  @Schema(name = "NewWork")
  record WorkRequest(
      @Schema(example = "Renegotiate the carrier contracts") String title,
      @Schema(nullable = true) String description,
      @Schema(allowableValues = {"ROUTINE", "IMPORTANT", "CRITICAL"}) String criticality,
      @Schema(
              description = "What the work demands: PEOPLE, PERFORMANCE and PROCESS, sum 100",
              example = "{\"PEOPLE\": 20, \"PERFORMANCE\": 50, \"PROCESS\": 30}")
          Map<String, Double> demand,
      @Schema(nullable = true, example = "negotiation, freight pricing") String skills,
      @Schema(nullable = true, example = "2026-12-31") String dueOn) {}

  @Schema(name = "Choice")
  record ChoiceRequest(
      @Schema(description = "Person id of the candidate you hand the work to") String chosen,
      @Schema(description = "Why, in a few words") String why,
      @Schema(
              description =
                  "Person ids of the candidates you weighed; left out or empty means all shown",
              nullable = true)
          List<String> considered) {}

  @Schema(name = "Outcome")
  record OutcomeRequest(
      @Schema(description = "1 (badly) to 5 (very well)") Integer rating,
      @Schema(nullable = true) String note) {}

  @Schema(name = "WorkSummary")
  record SummaryJson(
      UUID id,
      String title,
      String criticality,
      Map<String, Double> demand,
      LocalDate dueOn,
      @Schema(description = "open or decided") String status,
      @Schema(nullable = true) String chosenName,
      @Schema(nullable = true) LocalDate decidedOn,
      @Schema(nullable = true) Integer outcome) {

    static SummaryJson of(WorkItem w) {
      return new SummaryJson(
          w.id(),
          w.title(),
          w.criticality().name(),
          scores(w.demand()),
          w.dueOn(),
          w.decided() ? "decided" : "open",
          w.decided() ? w.decision().chosenName() : null,
          w.decided() ? w.decision().on() : null,
          w.outcome() == null ? null : w.outcome().rating());
    }
  }

  @Schema(name = "Candidate")
  record CandidateJson(
      String person,
      String name,
      int rank,
      @Schema(
              description =
                  "Motivational fit 0..100; an estimate's is drawn toward the middle; null once"
                      + " the person stopped sharing their result",
              nullable = true)
          Double fit,
      @Schema(description = "The reason for the rank, in plain words") String reason,
      @Schema(description = "SELF or ESTIMATE") String source,
      double confidence,
      @Schema(description = "null once the person stopped sharing their result", nullable = true)
          Map<String, Double> goingWell,
      @Schema(description = "Whether this is the person chosen (decided work only)") boolean chosen,
      @Schema(description = "Whether the executive weighed this person (decided work only)")
          boolean considered,
      @Schema(
              description =
                  "The person stopped sharing their result with you: the record keeps only the"
                      + " rank, the choice and whether you weighed them")
          boolean withdrawn) {

    static CandidateJson of(DelegationAdvisor.CandidateView c) {
      return new CandidateJson(
          c.person(),
          c.name(),
          c.rank(),
          c.withdrawn() ? null : c.fit(),
          c.reason(),
          c.estimate() ? "ESTIMATE" : "SELF",
          c.confidence(),
          c.withdrawn() ? null : scores(c.goingWell()),
          c.chosen(),
          c.considered(),
          c.withdrawn());
    }
  }

  @Schema(name = "Work")
  record WorkJson(
      UUID id,
      String title,
      String description,
      String criticality,
      Map<String, Double> demand,
      String skills,
      LocalDate dueOn,
      String status,
      @Schema(
              description =
                  "Best fit first: live while open, the snapshot at decision time once decided")
          List<CandidateJson> candidates,
      @Schema(
              description = "Read before deciding, when your history shows a strong pattern",
              nullable = true)
          String nudge,
      @Schema(nullable = true) DecisionJson decision,
      @Schema(nullable = true) OutcomeJson outcome,
      @Schema(description = "Who can see this") String visibleTo,
      @Schema(
              description =
                  "Only in the answer to recording the work: true when the demand given summed to"
                      + " 100 only within rounding (1.5) and was rescaled; demand is the one used",
              nullable = true)
          @JsonInclude(JsonInclude.Include.NON_NULL)
          Boolean normalised) {

    static WorkJson of(DelegationAdvisor.Advice a) {
      return of(a, null);
    }

    static WorkJson of(DelegationAdvisor.Advice a, Boolean normalised) {
      WorkItem w = a.work();
      return new WorkJson(
          w.id(),
          w.title(),
          w.description(),
          w.criticality().name(),
          scores(w.demand()),
          w.skills(),
          w.dueOn(),
          w.decided() ? "decided" : "open",
          a.candidates().stream().map(CandidateJson::of).toList(),
          a.nudge(),
          w.decided()
              ? new DecisionJson(
                  w.decision().chosen().toString(),
                  w.decision().chosenName(),
                  w.decision().why(),
                  w.decision().on())
              : null,
          w.outcome() == null ? null : new OutcomeJson(w.outcome().rating(), w.outcome().note()),
          "only you",
          normalised);
    }
  }

  @Schema(name = "Decision")
  record DecisionJson(String chosen, String chosenName, String why, LocalDate decidedOn) {}

  @Schema(name = "OutcomeRating")
  record OutcomeJson(int rating, String note) {}

  @Schema(name = "DelegationPattern")
  record PatternJson(
      @Schema(description = "ALL or CRITICAL") String scope,
      @Schema(description = "Decided pieces of work in the scope") int recorded,
      @Schema(description = "Of these, with at least two candidates weighed") int analysed,
      @Schema(description = "Decisions still needed before the measurement is shown")
          int moreNeeded,
      @Schema(description = "Whether you have a profile to compare candidates with")
          boolean hasProfile,
      @Schema(
              description = "The measurement; null while moreNeeded > 0 or without your profile",
              nullable = true)
          ComfortBiasResult result,
      @Schema(
              description =
                  "ALL, BEFORE or SINCE your last retake of the inventory; ALL when you never"
                      + " retook it")
          String period,
      @Schema(
              description = "The day of your last retake of the inventory",
              nullable = true,
              example = "2026-05-03")
          LocalDate lastRetake,
      @Schema(
              description =
                  "The days you retook the inventory between the first and the last decision"
                      + " measured: your profile changed during the period. Each decision is"
                      + " judged against the profile you had when you made it.")
          List<LocalDate> profileChanges,
      @Schema(
              description =
                  "Decisions measured that you made before you first took the inventory; they are"
                      + " judged against your first profile")
          int beforeFirstProfile,
      @Schema(description = "The day of your first result", nullable = true)
          LocalDate firstProfileOn,
      @Schema(
              description =
                  "Decisions in scope you made since your last retake (all of them when you never"
                      + " retook the inventory)")
          int sinceLastRetake) {}

  @BodyLimit(kilobytes = 32) // a title, a description of 4,000 characters, the skills
  @PostMapping(path = "/api/v1/work", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Record a new piece of work",
      description =
          "Answers 201 with the work and its candidates ranked by fit. A field that is wrong is"
              + " named in the problem detail's \"field\". A demand whose three numbers sum to"
              + " within 1.5 of 100 (as rounded figures do) is rescaled to 100, and the answer"
              + " says \"normalised\": true with the demand used.")
  ResponseEntity<WorkJson> create(
      CurrentUser user, @RequestBody(required = false) WorkRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required, with title, criticality and demand");
    }
    ScoresInput.Read demand = ScoresInput.read("demand", body.demand());
    NewWork work =
        new NewWork(
            body.title(),
            body.description(),
            criticality(body.criticality()),
            demand.scores(),
            body.skills(),
            WorkForm.date("dueOn", body.dueOn()));
    UUID id = advisor.create(user, work);
    return ResponseEntity.created(URI.create("/api/v1/work/" + id))
        .body(WorkJson.of(advisor.advise(user, id), demand.normalised()));
  }

  @GetMapping("/api/v1/work")
  @Operation(summary = "Your pieces of work, open ones first")
  List<SummaryJson> list(CurrentUser user) {
    return advisor.workOf(user).stream().map(SummaryJson::of).toList();
  }

  @GetMapping("/api/v1/work/{id}")
  @Operation(summary = "One piece of your work with its candidates ranked by fit")
  WorkJson read(CurrentUser user, @PathVariable UUID id) {
    return WorkJson.of(advisor.advise(user, id));
  }

  @BodyLimit(kilobytes = 32) // why, in up to 2,000 characters, and the candidates weighed
  @PostMapping(path = "/api/v1/work/{id}/choice", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Record whom you chose and why",
      description =
          "Stores a snapshot of every candidate shown (profile, source, confidence, fit, rank"
              + " and reason) with the decision. 409 when the work was decided already.")
  WorkJson choose(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) ChoiceRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required, with chosen and why");
    }
    PersonId chosen = body.chosen() == null ? null : person("chosen", body.chosen());
    List<PersonId> considered =
        body.considered() == null
            ? List.of()
            : body.considered().stream().map(c -> person("considered", c)).toList();
    advisor.choose(user, id, new DelegationAdvisor.Choice(chosen, body.why(), considered));
    return WorkJson.of(advisor.advise(user, id));
  }

  @PostMapping(path = "/api/v1/work/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Rate how the delegated work went",
      description = "1 (badly) to 5 (very well), with an optional note; replaces an earlier one.")
  WorkJson rate(
      CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) OutcomeRequest body) {
    if (body == null || body.rating() == null) {
      throw new IllegalArgumentException("rating: rate the outcome from 1 (badly) to 5");
    }
    advisor.rateOutcome(user, id, body.rating(), body.note());
    return WorkJson.of(advisor.advise(user, id));
  }

  @GetMapping("/api/v1/delegation/pattern")
  @Operation(
      summary = "Your comfort-bias measurement over your stored decisions",
      description =
          "scope=all (default) or critical; period=all (default), before or since your last"
              + " retake of the inventory. The metrics are those of POST"
              + " /api/v1/analysis/comfort-bias, computed from the snapshots stored with your"
              + " decisions, each decision judged against your profile at the time.")
  PatternJson pattern(
      CurrentUser user,
      @RequestParam(defaultValue = "all") String scope,
      @RequestParam(defaultValue = "all") String period) {
    DelegationAdvisor.Scope s;
    switch (scope.strip().toLowerCase(Locale.ROOT)) {
      case "all" -> s = DelegationAdvisor.Scope.ALL;
      case "critical" -> s = DelegationAdvisor.Scope.CRITICAL;
      default -> throw new IllegalArgumentException("scope: must be all or critical");
    }
    DelegationAdvisor.Period when =
        DelegationAdvisor.Period.parse(period)
            .orElseThrow(
                () -> new IllegalArgumentException("period: must be all, before or since"));
    DelegationAdvisor.Pattern p = advisor.pattern(user, s, when);
    return new PatternJson(
        s.name(),
        p.recorded(),
        p.analysed(),
        p.moreNeeded(),
        p.hasProfile(),
        p.report() == null ? null : ComfortBiasResult.of(p.report()),
        p.period().name(),
        p.lastRetake(),
        p.profileChanges(),
        p.beforeFirstProfile(),
        p.firstProfileOn(),
        p.sinceLastRetake());
  }

  private static app.velocity.delegation.analysis.Criticality criticality(String value) {
    if (value != null) {
      for (var c : app.velocity.delegation.analysis.Criticality.values()) {
        if (c.name().equalsIgnoreCase(value.strip())) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("criticality: must be ROUTINE, IMPORTANT or CRITICAL");
  }

  private static PersonId person(String field, String text) {
    try {
      return PersonId.parse(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(field + ": is not the id of a candidate shown");
    }
  }

  static Map<String, Double> scores(DriveScores s) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    out.put("PEOPLE", s.people());
    out.put("PERFORMANCE", s.performance());
    out.put("PROCESS", s.process());
    return out;
  }
}
