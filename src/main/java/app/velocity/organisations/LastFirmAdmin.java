package app.velocity.organisations;

/** The last active firm admin cannot be deactivated: nobody could run the firm any more. */
public class LastFirmAdmin extends IllegalStateException {

  public LastFirmAdmin() {
    super("this is the last active firm admin; add another before deactivating this one");
  }
}
