package app.velocity.motivation.estimates;

/** Too few questions were answered (rather than "can't say") to estimate a profile. */
public class TooFewObservations extends RuntimeException {

  TooFewObservations(String message) {
    super(message);
  }
}
