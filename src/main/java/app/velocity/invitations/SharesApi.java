package app.velocity.invitations;

import app.velocity.inventory.ProfileSharing;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner shares their result with a person, or stops sharing, through the API. */
@RestController
@RequestMapping(path = "/api/v1/profile/shares", produces = MediaType.APPLICATION_JSON_VALUE)
@RolesAllowed({"EXECUTIVE", "COLLEAGUE"})
@Tag(name = "Your own profile", description = "Read, take and retake your own inventory")
class SharesApi {

  private final Invitations invitations;
  private final ProfileSharing sharing;
  private final Directory directory;

  SharesApi(Invitations invitations, ProfileSharing sharing, Directory directory) {
    this.invitations = invitations;
    this.sharing = sharing;
    this.directory = directory;
  }

  /** A person who sees your result. */
  record ShareJson(UUID personId, String name) {}

  @GetMapping
  @Operation(summary = "The people who see your result (besides you and your coach)")
  List<ShareJson> list(CurrentUser user) {
    return sharing.viewersOf(user.id()).stream()
        .map(directory::person)
        .flatMap(Optional::stream)
        .map(p -> new ShareJson(p.id().value(), p.name()))
        .toList();
  }

  @PutMapping("/{personId}")
  @Operation(
      summary = "Share your result with a person",
      description =
          "The person must be an executive, colleague or sponsor of your organisation. They see"
              + " your latest result, now and after any retake, until you stop sharing; a sponsor"
              + " counts it in team distributions. Sharing again after stopping is the same call.",
      responses = {
        @ApiResponse(responseCode = "204", description = "Shared"),
        @ApiResponse(responseCode = "404", description = "No such person you may share with")
      })
  ResponseEntity<Void> share(CurrentUser user, @PathVariable UUID personId) {
    invitations.shareWith(user, new PersonId(personId));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{personId}")
  @Operation(
      summary = "Stop sharing your result with a person",
      description =
          "Takes effect at once on every page, PDF and API answer, the person's delegation"
              + " records included (their snapshots of your result lose your scores). Idempotent.",
      responses = {@ApiResponse(responseCode = "204", description = "Not shared (any more)")})
  ResponseEntity<Void> revoke(CurrentUser user, @PathVariable UUID personId) {
    sharing.revoke(user.id(), new PersonId(personId));
    return ResponseEntity.noContent().build();
  }
}
