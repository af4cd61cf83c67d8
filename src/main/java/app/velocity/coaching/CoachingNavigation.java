package app.velocity.coaching;

import app.velocity.organisations.CurrentUser;
import app.velocity.shell.Navigation;
import java.util.List;
import org.springframework.stereotype.Component;

/** Everyone who can take part in an engagement finds them in the menu. */
@Component
class CoachingNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    return switch (user.role()) {
      case COLLEAGUE -> List.of();
      case COACH ->
          List.of(
              new NavEntry(290, "Dashboard", "/coaching/dashboard"),
              new NavEntry(300, "Engagements", "/engagements"));
      default -> List.of(new NavEntry(300, "Engagements", "/engagements"));
    };
  }
}
