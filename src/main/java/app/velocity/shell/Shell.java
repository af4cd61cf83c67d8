package app.velocity.shell;

import java.util.List;

/**
 * What the layout needs on every page: the firm's name, who is signed in, the navigation, the CSRF
 * token for forms and htmx, and a one-off notice.
 */
public record Shell(
    String firmName,
    String userName,
    String roleLabel,
    List<NavItem> navigation,
    String csrfParameter,
    String csrfToken,
    String notice) {

  public boolean signedIn() {
    return userName != null;
  }

  /** The htmx request header carrying the CSRF token, as JSON for hx-headers. */
  public String htmxHeaders() {
    return csrfToken == null ? "{}" : "{\"X-CSRF-TOKEN\": \"" + csrfToken + "\"}";
  }
}
