package app.velocity.organisations;

/** No person with this id exists, or the viewer may not know of them (we do not say which). */
@org.springframework.web.bind.annotation.ResponseStatus(
    org.springframework.http.HttpStatus.NOT_FOUND)
public class PersonNotFound extends RuntimeException {

  public PersonNotFound() {
    super("no such person");
  }
}
