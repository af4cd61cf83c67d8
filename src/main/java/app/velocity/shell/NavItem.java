package app.velocity.shell;

/** One entry of the navigation. */
public record NavItem(String label, String href, boolean current) {}
