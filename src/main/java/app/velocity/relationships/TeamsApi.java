package app.velocity.relationships;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Teams through the API: the executive's own, a sponsor's organisation's (distribution only). */
@RestController
@RequestMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "Teams",
    description =
        "Teams on one triangle: spread of types, drives nobody brings, pairs likely to clash."
            + " Sponsors get the distribution only")
class TeamsApi {

  private final Teams teams;

  TeamsApi(Teams teams) {
    this.teams = teams;
  }

  @GetMapping
  @RolesAllowed({"EXECUTIVE", "SPONSOR"})
  @Operation(summary = "The teams you may open")
  List<TeamSummary> list(CurrentUser user) {
    return teams.visibleTo(user);
  }

  @BodyLimit(kilobytes = 64) // the ids of up to some 1,500 members
  @PostMapping
  @RolesAllowed("EXECUTIVE")
  @Operation(summary = "Build a team of at least two people of your organisation")
  ResponseEntity<TeamPage> create(
      CurrentUser user, @RequestBody(required = false) RelationshipsJson.TeamRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required, with name and members");
    }
    List<PersonId> members = new ArrayList<>();
    for (String m : body.members() == null ? List.<String>of() : body.members()) {
      try {
        members.add(PersonId.parse(m));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("members: each member is a person id");
      }
    }
    UUID id = teams.create(user, body.name(), members);
    return ResponseEntity.status(HttpStatus.CREATED).body(teams.view(user, id));
  }

  @GetMapping("/{id}")
  @RolesAllowed({"EXECUTIVE", "COACH", "SPONSOR"})
  @Operation(summary = "One team as you may see it")
  TeamPage team(CurrentUser user, @PathVariable UUID id) {
    return teams.view(user, id);
  }
}
