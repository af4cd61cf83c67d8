package app.velocity.organisations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisations and people through the API, filtered by what the caller may see. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations and people")
class OrganisationsApi {

  record OrganisationJson(UUID id, String name, boolean active) {
    static OrganisationJson of(OrganisationView o) {
      return new OrganisationJson(o.id().value(), o.name(), o.active());
    }
  }

  record PersonJson(
      UUID id,
      String name,
      String email,
      String role,
      UUID organisation,
      String title,
      boolean active) {
    static PersonJson of(PersonView p) {
      return new PersonJson(
          p.id().value(),
          p.name(),
          p.email(),
          p.role().name(),
          p.organisation() == null ? null : p.organisation().value(),
          p.title(),
          p.active());
    }
  }

  record NewOrganisationJson(String name) {}

  record NewPersonJson(String name, String email, String role, String title) {}

  private final Directory directory;
  private final Access access;

  OrganisationsApi(Directory directory, Access access) {
    this.directory = directory;
    this.access = access;
  }

  @GetMapping("/organisations")
  @Operation(summary = "The organisations you may see")
  List<OrganisationJson> organisations(CurrentUser user) {
    return directory.organisations().stream()
        .filter(o -> access.canSeeOrganisation(user, o.id()))
        .map(OrganisationJson::of)
        .toList();
  }

  @PostMapping("/organisations")
  @ResponseStatus(HttpStatus.CREATED)
  @RolesAllowed("FIRM_ADMIN")
  @Operation(summary = "Add a client organisation (firm admins)")
  OrganisationJson addOrganisation(@RequestBody NewOrganisationJson body) {
    return OrganisationJson.of(directory.addOrganisation(body == null ? null : body.name()));
  }

  @GetMapping("/organisations/{id}")
  @Operation(summary = "One organisation")
  OrganisationJson organisation(CurrentUser user, @PathVariable UUID id) {
    return OrganisationJson.of(access.visibleOrganisation(user, new OrganisationId(id)));
  }

  @GetMapping("/organisations/{id}/people")
  @Operation(summary = "The people of an organisation you may see")
  List<PersonJson> people(CurrentUser user, @PathVariable UUID id) {
    OrganisationView organisation = access.visibleOrganisation(user, new OrganisationId(id));
    return directory.peopleIn(organisation.id()).stream()
        .filter(p -> access.canSeePerson(user, p))
        .map(PersonJson::of)
        .toList();
  }

  @PostMapping("/organisations/{id}/people")
  @ResponseStatus(HttpStatus.CREATED)
  @RolesAllowed("FIRM_ADMIN")
  @Operation(summary = "Add a person to an organisation (firm admins)")
  PersonJson addPerson(@PathVariable UUID id, @RequestBody NewPersonJson body) {
    if (body == null) {
      throw new InvalidPersonData("body", "is required");
    }
    return PersonJson.of(
        directory.addPerson(
            new NewPerson(
                body.name(),
                body.email(),
                Role.parse(body.role()),
                new OrganisationId(id),
                body.title())));
  }

  @GetMapping("/people/{id}")
  @Operation(summary = "One person you may see")
  PersonJson person(CurrentUser user, @PathVariable UUID id) {
    return PersonJson.of(access.visiblePerson(user, new PersonId(id)));
  }
}
