package app.velocity.organisations;

/** No organisation with this id exists, or the viewer may not know of it. */
@org.springframework.web.bind.annotation.ResponseStatus(
    org.springframework.http.HttpStatus.NOT_FOUND)
public class OrganisationNotFound extends RuntimeException {

  public OrganisationNotFound() {
    super("no such organisation");
  }
}
