package app.velocity.shell;

import app.velocity.identity.SignedIn;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link Shell} to the model of every page. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

  private final SignedIn signedIn;
  private final Directory directory;
  private final ObjectProvider<Navigation> navigations;

  ShellAdvice(SignedIn signedIn, Directory directory, ObjectProvider<Navigation> navigations) {
    this.signedIn = signedIn;
    this.directory = directory;
    this.navigations = navigations;
  }

  @ModelAttribute("shell")
  Shell shell(HttpServletRequest request, Model model) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      // JSON controllers are @Controllers too; they render no page, so they need no shell
      return null;
    }
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    CurrentUser user = signedIn.user().orElse(null);
    Object notice = model.getAttribute("notice");
    return new Shell(
        directory.firmName().orElse("Velocity"),
        user == null ? null : user.name(),
        user == null ? null : user.role().label(),
        user == null ? List.of() : navigation(user, request.getRequestURI()),
        csrf == null ? "_csrf" : csrf.getParameterName(),
        csrf == null ? null : csrf.getToken(),
        notice instanceof String text ? text : null);
  }

  private List<NavItem> navigation(CurrentUser user, String path) {
    List<Navigation.NavEntry> entries = new ArrayList<>();
    navigations.orderedStream().forEach(n -> entries.addAll(n.entries(user)));
    entries.sort(Comparator.comparingInt(Navigation.NavEntry::order));
    String best =
        entries.stream()
            .map(Navigation.NavEntry::href)
            .filter(
                h ->
                    path.equals(h)
                        || (!h.equals("/") && path.startsWith(h + "/"))
                        || path.startsWith(h + "?"))
            .max(Comparator.comparingInt(String::length))
            .orElse(path.equals("/") ? "/" : "");
    return entries.stream()
        .map(e -> new NavItem(e.label(), e.href(), e.href().equals(best)))
        .toList();
  }
}
