package app.velocity.delegation;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Role;
import app.velocity.shell.Navigation;
import java.util.List;
import org.springframework.stereotype.Component;

/** Executives find their delegation in the menu; no other role has any. */
@Component
class DelegationNavigation implements Navigation {

  @Override
  public List<NavEntry> entries(CurrentUser user) {
    return user.is(Role.EXECUTIVE)
        ? List.of(new NavEntry(260, "Delegation", "/delegation"))
        : List.of();
  }
}
