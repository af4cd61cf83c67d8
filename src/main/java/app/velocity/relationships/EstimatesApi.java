package app.velocity.relationships;

import app.velocity.motivation.estimates.EstimateAccuracy;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.organisations.Access;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Observer estimates through the API: the questionnaire, estimating someone, your estimates. */
@RestController
@RequestMapping(path = "/api/v1/estimates", produces = MediaType.APPLICATION_JSON_VALUE)
@RolesAllowed("EXECUTIVE")
@Tag(
    name = "Observer estimates",
    description =
        "Estimate a colleague's profile from observed behaviour. Private to you unless shared"
            + " with your coach; never shown to the person estimated")
class EstimatesApi {

  private final ObserverEstimates estimates;
  private final Access access;

  EstimatesApi(ObserverEstimates estimates, Access access) {
    this.estimates = estimates;
    this.access = access;
  }

  @GetMapping("/questionnaire")
  @Operation(summary = "The current questionnaire: questions, options and acquaintance questions")
  ObserverQuestionnaire questionnaire() {
    return estimates.questionnaire();
  }

  @PostMapping
  @Operation(
      summary = "Estimate someone of your organisation",
      description =
          "Answer at least 3 of the going-well questions. The confidence follows the documented"
              + " formula (docs/observer-estimates.md).")
  ResponseEntity<RelationshipsJson.EstimateJson> submit(
      CurrentUser user, @RequestBody(required = false) RelationshipsJson.EstimateRequest body) {
    if (body == null || body.subject() == null || body.subject().isBlank()) {
      throw new IllegalArgumentException("subject: is required");
    }
    PersonId subject;
    try {
      subject = PersonId.parse(body.subject().strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("subject: is not a person id");
    }
    PersonView person = access.visiblePerson(user, subject);
    EstimateForm form = body.form();
    StoredEstimate saved =
        estimates.submit(
            user,
            null,
            person.id(),
            form.acquaintance(),
            form.answers(estimates.questionnaire()),
            form.shareWithCoach());
    EstimateRow row =
        EstimateRow.of(List.of(saved), Map.of(), access, user).stream().findFirst().orElseThrow();
    return ResponseEntity.status(HttpStatus.CREATED).body(RelationshipsJson.EstimateJson.of(row));
  }

  @GetMapping
  @Operation(summary = "Your latest estimate of each person, with your calibration")
  RelationshipsJson.EstimatesJson own(CurrentUser user) {
    List<StoredEstimate> mine = estimates.own(user);
    Map<UUID, EstimateAccuracy> accuracies = estimates.accuracies(user, mine);
    return new RelationshipsJson.EstimatesJson(
        estimates.calibration(accuracies).sentence(),
        EstimateRow.of(mine, accuracies, access, user).stream()
            .map(RelationshipsJson.EstimateJson::of)
            .toList());
  }
}
