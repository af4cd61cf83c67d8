package app.velocity.invitations;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An executive's invitations through the API: list, invite, withdraw. Only one's own. */
@RestController
@RequestMapping(path = "/api/v1/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
@RolesAllowed("EXECUTIVE")
@Tag(
    name = "Invitations",
    description =
        "Invite colleagues to take the inventory. You see whether they answered, and their result"
            + " only if they share it.")
class InvitationsApi {

  private final Invitations invitations;

  InvitationsApi(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping
  @Operation(
      summary = "Your invitations, newest first",
      description =
          "`status` is SENT, REMINDED, ANSWERED, SHARED (shared with you right now), LAPSED or"
              + " WITHDRAWN. ANSWERED does not tell whether the colleague kept the result private"
              + " or has not decided yet.")
  List<InvitationView> list(CurrentUser user) {
    return invitations.sentBy(user);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of your invitations")
  InvitationView one(CurrentUser user, @PathVariable UUID id) {
    return invitations.sentBy(user, id);
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Invite a colleague",
      description =
          "Give `personId` of an executive or colleague of your organisation, or `name` and"
              + " `email` of someone new, who is added to your organisation as a colleague. The"
              + " colleague gets an e-mail with a single-use link. While an invitation to the same"
              + " person is open, it is answered with 200 and nothing is sent again.",
      responses = {
        @ApiResponse(responseCode = "201", description = "Invited"),
        @ApiResponse(responseCode = "200", description = "An invitation was open already"),
        @ApiResponse(
            responseCode = "400",
            description = "Bad input; `field` names it",
            content = @Content(mediaType = "application/problem+json"))
      })
  ResponseEntity<InvitationView> invite(
      CurrentUser user, @RequestBody(required = false) InvitationRequest body) {
    if (body == null) {
      throw new InvalidInvitation("personId", "give personId, or name and email");
    }
    Invitations.Invited invited =
        invitations.invite(
            user,
            body.personId() == null ? null : new PersonId(body.personId()),
            body.name(),
            body.email(),
            body.note());
    return invited.alreadyOpen()
        ? ResponseEntity.ok(invited.invitation())
        : ResponseEntity.created(URI.create("/api/v1/invitations/" + invited.invitation().id()))
            .body(invited.invitation());
  }

  @DeleteMapping("/{id}")
  @Operation(
      summary = "Withdraw an open invitation",
      description = "Its links stop working and no reminder goes out.",
      responses = {
        @ApiResponse(responseCode = "204", description = "Withdrawn"),
        @ApiResponse(responseCode = "404", description = "No such invitation of yours"),
        @ApiResponse(
            responseCode = "409",
            description = "It was answered, has lapsed or was withdrawn already",
            content = @Content(mediaType = "application/problem+json"))
      })
  ResponseEntity<Void> withdraw(CurrentUser user, @PathVariable UUID id) {
    invitations.withdraw(user, id);
    return ResponseEntity.noContent().build();
  }
}
