package app.velocity.invitations;

import app.velocity.organisations.CurrentUser;
import app.velocity.shell.Navigation;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Invitations" for executives; "Sharing" for everyone who has a profile to share. */
@Component
class InvitationsNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    List<NavEntry> entries = new ArrayList<>();
    switch (user.role()) {
      case EXECUTIVE -> {
        entries.add(new NavEntry(300, "Invitations", "/invitations"));
        entries.add(new NavEntry(210, "Sharing", "/sharing"));
      }
      case COLLEAGUE -> entries.add(new NavEntry(210, "Sharing", "/sharing"));
      default -> {}
    }
    return entries;
  }
}
