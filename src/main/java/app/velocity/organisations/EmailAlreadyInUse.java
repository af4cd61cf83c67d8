package app.velocity.organisations;

/** Another person already has this e-mail address; addresses identify people at sign-in. */
public class EmailAlreadyInUse extends InvalidPersonData {

  public EmailAlreadyInUse(String email) {
    super("email", email + " is already used by someone else");
  }
}
