package app.velocity.motivation.team;

/** The team has too few members for the view asked for without exposing individuals. */
public class TeamTooSmall extends RuntimeException {

  TeamTooSmall(String message) {
    super(message);
  }
}
