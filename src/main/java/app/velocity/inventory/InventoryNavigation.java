package app.velocity.inventory;

import app.velocity.organisations.CurrentUser;
import app.velocity.shell.Navigation;
import java.util.List;
import org.springframework.stereotype.Component;

/** "Your profile" for the people who take the inventory; the statistics for firm admins. */
@Component
class InventoryNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    return switch (user.role()) {
      case EXECUTIVE, COLLEAGUE -> List.of(new NavEntry(200, "Your profile", "/profile"));
      case FIRM_ADMIN -> List.of(new NavEntry(700, "Psychometrics", "/admin/psychometrics"));
      default -> List.of();
    };
  }
}
