package app.velocity.relationships;

import app.velocity.organisations.CurrentUser;
import app.velocity.shell.Navigation;
import java.util.List;
import org.springframework.stereotype.Component;

/** The map and teams for executives; shared maps for coaches; team distributions for sponsors. */
@Component
class RelationshipsNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    return switch (user.role()) {
      case EXECUTIVE ->
          List.of(new NavEntry(250, "Your map", "/map"), new NavEntry(260, "Teams", "/teams"));
      case COACH -> List.of(new NavEntry(250, "Clients' maps", "/maps"));
      case SPONSOR -> List.of(new NavEntry(260, "Teams", "/teams"));
      default -> List.of();
    };
  }
}
