package app.velocity.inventory;

import app.velocity.motivation.report.ProfileReport;
import app.velocity.organisations.CurrentUser;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The caller's own profile through the API: read the latest result and report, the history, and
 * take or retake the inventory one answer at a time. A response of someone else is "not found".
 */
@RestController
@RequestMapping(path = "/api/v1/profile", produces = MediaType.APPLICATION_JSON_VALUE)
@RolesAllowed({"EXECUTIVE", "COLLEAGUE"})
@Tag(name = "Your own profile", description = "Read, take and retake your own inventory")
class OwnProfileApi {

  private final Profiles profiles;
  private final Inventory inventory;
  private final ProfileSharing sharing;

  OwnProfileApi(Profiles profiles, Inventory inventory, ProfileSharing sharing) {
    this.profiles = profiles;
    this.inventory = inventory;
    this.sharing = sharing;
  }

  @GetMapping
  @Operation(
      summary = "Your latest result and its report",
      responses = {
        @ApiResponse(responseCode = "200", description = "The latest result"),
        @ApiResponse(
            responseCode = "404",
            description = "You have not completed the inventory yet",
            content = @Content(mediaType = "application/problem+json"))
      })
  ApiJson.ProfileJson profile(CurrentUser user) {
    ProfileResult latest =
        profiles
            .latest(user.id())
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "You have not completed the inventory yet."));
    return new ApiJson.ProfileJson(
        ApiJson.ResultJson.of(latest, sharing.whoCanSee(user.id())),
        latest
            .reading()
            .map(ProfileReport::of)
            .orElseGet(() -> ProfileReport.of(latest.analysis()))
            .sections()
            .stream()
            .map(ApiJson.SectionJson::of)
            .toList());
  }

  @GetMapping("/history")
  @Operation(summary = "All your results, oldest first")
  List<ApiJson.ResultJson> history(CurrentUser user) {
    String visibleTo = sharing.whoCanSee(user.id());
    return profiles.history(user.id()).stream()
        .map(r -> ApiJson.ResultJson.of(r, visibleTo))
        .toList();
  }

  @PostMapping("/responses")
  @Operation(
      summary = "Start the inventory or a retake",
      description =
          "Answers 201 with a new response, or 200 with the response already in progress: there"
              + " is at most one unfinished response per person. `next` is where to resume.")
  ResponseEntity<ApiJson.ResponseJson> start(CurrentUser user) {
    boolean existing = inventory.open(user.id()).isPresent();
    InventoryResponse r = inventory.startOrResume(user.id());
    ApiJson.ResponseJson json = ApiJson.ResponseJson.of(r);
    return existing
        ? ResponseEntity.ok(json)
        : ResponseEntity.created(URI.create("/api/v1/profile/responses/" + r.id())).body(json);
  }

  @GetMapping("/responses/{id}")
  @Operation(summary = "One of your responses with the answers so far")
  ApiJson.ResponseJson response(CurrentUser user, @PathVariable UUID id) {
    return ApiJson.ResponseJson.of(inventory.response(user.id(), id));
  }

  @BodyLimit(kilobytes = 2) // points for three endings: some 60 bytes
  @PutMapping(path = "/responses/{id}/answers/{item}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Save the answer to one item",
      description =
          "Replaces an earlier answer to the same item. The points must give every ending of the"
              + " item a whole, non-negative number, 10 in all.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = ApiJson.PointsJson.class))),
      responses = {
        @ApiResponse(responseCode = "200", description = "Saved"),
        @ApiResponse(
            responseCode = "400",
            description = "A bad distribution; `field` names the item",
            content = @Content(mediaType = "application/problem+json")),
        @ApiResponse(responseCode = "404", description = "No such response of yours"),
        @ApiResponse(responseCode = "409", description = "The response was submitted already")
      })
  ApiJson.SavedAnswerJson answer(
      CurrentUser user, @PathVariable UUID id, @PathVariable String item, InputStream body) {
    JsonNode json = JsonInput.object(body);
    JsonInput.onlyKeys(json, "", Set.of("points"));
    InventoryResponse r =
        inventory.answer(user.id(), id, item, JsonInput.points(json, "points", ""));
    return new ApiJson.SavedAnswerJson(
        item,
        ApiJson.points(r.item(item).orElseThrow(), r.answerTo(item).orElseThrow()),
        r.answered(),
        r.size(),
        r.firstUnanswered().map(i -> i.id()).orElse(null));
  }

  @PostMapping("/responses/{id}/complete")
  @Operation(
      summary = "Submit a complete response",
      responses = {
        @ApiResponse(responseCode = "201", description = "The new result"),
        @ApiResponse(
            responseCode = "409",
            description = "Items are unanswered (listed in `unanswered`) or it was submitted",
            content = @Content(mediaType = "application/problem+json"))
      })
  ResponseEntity<ApiJson.ResultJson> complete(CurrentUser user, @PathVariable UUID id) {
    ProfileResult result = inventory.complete(user.id(), id);
    return ResponseEntity.created(URI.create("/api/v1/profile/history"))
        .body(ApiJson.ResultJson.of(result, sharing.whoCanSee(user.id())));
  }

  @ExceptionHandler(InventoryIncomplete.class)
  ProblemDetail incomplete(InventoryIncomplete e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Not every item is answered");
    problem.setProperty("unanswered", e.unanswered());
    return problem;
  }

  @ExceptionHandler(ResponseNotFound.class)
  ProblemDetail notFound(ResponseNotFound e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "You have no such response.");
    problem.setTitle("Not found");
    return problem;
  }
}
