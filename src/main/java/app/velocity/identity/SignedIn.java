package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Who is signed in, for code that is not a controller (views, the navigation). */
@Component
public class SignedIn {

  public Optional<CurrentUser> user() {
    return Optional.ofNullable(CurrentUserResolver.current());
  }
}
