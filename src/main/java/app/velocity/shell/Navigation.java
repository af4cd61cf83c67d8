package app.velocity.shell;

import java.util.List;

/**
 * Lets a module add entries to the navigation of the roles that may use them. Declare a bean; the
 * shell collects them all and orders them by {@link #order()}.
 */
public interface Navigation {

  /** The entries for this user, in order; empty when the module offers them nothing. */
  List<NavEntry> entries(app.velocity.organisations.CurrentUser user);

  /** A navigation entry before it is marked current. */
  record NavEntry(int order, String label, String href) {}
}
