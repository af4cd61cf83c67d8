package app.velocity.relationships;

/** No estimate with this id exists, or it is not the caller's (we do not say which). */
@org.springframework.web.bind.annotation.ResponseStatus(
    org.springframework.http.HttpStatus.NOT_FOUND)
class EstimateNotFound extends RuntimeException {

  EstimateNotFound() {
    super("no such estimate");
  }
}
