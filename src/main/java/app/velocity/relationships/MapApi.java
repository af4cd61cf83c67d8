package app.velocity.relationships;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's relationship map and pair playbooks through the API, filtered as the pages. */
@RestController
@RequestMapping(path = "/api/v1/map", produces = MediaType.APPLICATION_JSON_VALUE)
@RolesAllowed("EXECUTIVE")
@Tag(
    name = "Relationship map",
    description =
        "Your key relationships, with each person's profile as you may see it: their own result"
            + " if they shared it with you, else your estimate, else none")
class MapApi {

  private final RelationshipMaps maps;
  private final Playbooks playbooks;

  MapApi(RelationshipMaps maps, Playbooks playbooks) {
    this.maps = maps;
    this.playbooks = playbooks;
  }

  @GetMapping
  @Operation(summary = "Your map: entries, profiles you may see, and the attention list")
  RelationshipsJson.MapJson map(CurrentUser user) {
    return RelationshipsJson.MapJson.of(maps.page(user, user.id()));
  }

  @BodyLimit(
      kilobytes = 32) // notes of 2,000 characters and a new colleague's name and address, escaped
  @PostMapping("/entries")
  @Operation(
      summary = "Put someone on your map",
      description =
          "Give person (someone of your organisation), or newName and newEmail to add a new"
              + " colleague to the organisation. A mistake is named in the problem's field.")
  ResponseEntity<RelationshipsJson.EntryJson> add(
      CurrentUser user, @RequestBody(required = false) RelationshipsJson.EntryRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required");
    }
    EntryForm form = body.form(null);
    PersonId added = maps.add(user, form.entry(), form.newColleague());
    return ResponseEntity.status(HttpStatus.CREATED).body(entry(user, added));
  }

  @BodyLimit(
      kilobytes = 32) // notes of 2,000 characters and a new colleague's name and address, escaped
  @PutMapping("/entries/{person}")
  @Operation(summary = "Change your ratings and notes of someone on your map")
  RelationshipsJson.EntryJson change(
      CurrentUser user,
      @PathVariable UUID person,
      @RequestBody(required = false) RelationshipsJson.EntryRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required");
    }
    PersonId id = new PersonId(person);
    maps.entry(user, id).orElseThrow(PersonNotFound::new);
    maps.change(user, body.form(person.toString()).entry());
    return entry(user, id);
  }

  @DeleteMapping("/entries/{person}")
  @Operation(summary = "Take someone off your map")
  ResponseEntity<Void> remove(CurrentUser user, @PathVariable UUID person) {
    maps.remove(user, new PersonId(person));
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/sharing")
  @Operation(summary = "Let your coach read your map, or stop")
  RelationshipsJson.MapJson share(
      CurrentUser user, @RequestBody(required = false) RelationshipsJson.SharingRequest body) {
    if (body == null || body.sharedWithCoach() == null) {
      throw new IllegalArgumentException("sharedWithCoach: is required, true or false");
    }
    maps.shareWithCoach(user, body.sharedWithCoach());
    return map(user);
  }

  @GetMapping("/entries/{person}/playbook")
  @Operation(
      summary = "The pair playbook for you and someone on your map",
      description =
          "409 while you have no result yet or have no profile of them you may see (their shared"
              + " result or your estimate).")
  RelationshipsJson.PlaybookJson playbook(CurrentUser user, @PathVariable UUID person) {
    PlaybookPage page = playbooks.playbook(user, new PersonId(person), "pair playbook API");
    if (!page.ownResult()) {
      throw new IllegalStateException("Take the inventory first: a playbook needs your result.");
    }
    if (!page.ready()) {
      throw new IllegalStateException(page.basis());
    }
    return RelationshipsJson.PlaybookJson.of(page);
  }

  private RelationshipsJson.EntryJson entry(CurrentUser user, PersonId person) {
    return maps.page(user, user.id()).rows().stream()
        .filter(r -> r.person().equals(person))
        .findFirst()
        .map(RelationshipsJson.EntryJson::of)
        .orElseThrow(PersonNotFound::new);
  }
}
