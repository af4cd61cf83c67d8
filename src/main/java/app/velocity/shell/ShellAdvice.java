package app.velocity.shell;

import app.velocity.identity.SignedIn;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds the {@link Shell} (firm name, navigation, the CSRF field) to the model of every page the
 * moment its controller has chosen the view. The JSON API renders no page and is left alone: it
 * does not pay for the shell on each call, which an answer save would (docs/design.md §7).
 */
@Configuration(proxyBeanMethods = false)
class ShellAdvice implements WebMvcConfigurer, HandlerInterceptor {

  private final SignedIn signedIn;
  private final Directory directory;
  private final ObjectProvider<Navigation> navigations;

  ShellAdvice(SignedIn signedIn, Directory directory, ObjectProvider<Navigation> navigations) {
    this.signedIn = signedIn;
    this.directory = directory;
    this.navigations = navigations;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this).excludePathPatterns("/api/**");
  }

  @Override
  public void postHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
    if (page != null && !redirects(page)) {
      page.addObject("shell", shell(request, page.getModelMap()));
    }
  }

  private static boolean redirects(ModelAndView page) {
    String name = page.getViewName();
    return name != null ? name.startsWith("redirect:") : page.getView() instanceof RedirectView;
  }

  private Shell shell(HttpServletRequest request, ModelMap model) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    CurrentUser user = signedIn.user().orElse(null);
    Object notice = model.get("notice");
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
