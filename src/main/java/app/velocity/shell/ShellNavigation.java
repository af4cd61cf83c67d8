package app.velocity.shell;

import app.velocity.organisations.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The entries of the foundation: home, the admin screens, a coach's clients, the account. */
@Component
class ShellNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    List<NavEntry> entries = new ArrayList<>();
    entries.add(new NavEntry(0, "Home", "/"));
    switch (user.role()) {
      case FIRM_ADMIN -> {
        entries.add(new NavEntry(100, "Organisations", "/admin/organisations"));
        entries.add(new NavEntry(110, "Coaches", "/admin/coaches"));
        entries.add(new NavEntry(800, "Outbox", "/admin/outbox"));
      }
      case COACH -> entries.add(new NavEntry(100, "Clients", "/clients"));
      default -> {}
    }
    entries.add(new NavEntry(900, "Account", "/account/tokens"));
    return entries;
  }
}
