package app.velocity.evidence;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Velocity's own routes, read from Spring MVC's handler mapping with what each one takes (path
 * variables, request parameters, form records, JSON body fields, file uploads), so that the fuzz
 * and security suites cover a new endpoint the day it is added, without anyone listing it.
 */
final class Routes {

  /** Routes meant for people who are not signed in. */
  static final Set<String> PUBLIC = app.velocity.PublicRoutes.PATTERNS;

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  /** A field the route reads: its name and, for JSON bodies, its Java type. */
  record Field(String name, Class<?> type) {}

  record Route(
      HttpMethod method,
      String pattern,
      List<String> pathVariables,
      List<Field> params,
      List<Field> jsonFields,
      boolean json,
      boolean multipart,
      String requiredRole) {

    boolean api() {
      return pattern.startsWith("/api/");
    }

    boolean isPublic() {
      return PUBLIC.contains(pattern);
    }

    boolean changesState() {
      return method != HttpMethod.GET && method != HttpMethod.HEAD;
    }

    /** The path with each variable replaced by the value the function gives for its name. */
    String path(java.util.function.Function<String, String> value) {
      Matcher m = VARIABLE.matcher(pattern);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  static List<Route> of(RequestMappingHandlerMapping mappings) {
    List<Route> routes = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              if (!handler.getBeanType().getPackageName().startsWith("app.velocity")) {
                return;
              }
              Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
              for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                  routes.add(route(HttpMethod.GET, pattern, handler));
                }
                methods.forEach(
                    m -> routes.add(route(HttpMethod.valueOf(m.name()), pattern, handler)));
              }
            });
    routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
    return routes;
  }

  private static Route route(HttpMethod method, String pattern, HandlerMethod handler) {
    List<String> variables = new ArrayList<>();
    Matcher m = VARIABLE.matcher(pattern);
    while (m.find()) {
      variables.add(m.group(1));
    }
    Map<String, Field> params = new LinkedHashMap<>();
    List<Field> jsonFields = new ArrayList<>();
    boolean json = false;
    boolean multipart = false;
    var names = new DefaultParameterNameDiscoverer();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      parameter.initParameterNameDiscovery(names);
      Class<?> type = parameter.getParameterType();
      RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
      if (MultipartFile.class.isAssignableFrom(type)) {
        multipart = true;
        String name =
            requestParam != null && !requestParam.name().isEmpty()
                ? requestParam.name()
                : parameter.getParameterName();
        params.put(name, new Field(name, MultipartFile.class));
      } else if (requestParam != null) {
        String name =
            !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
        params.put(name, new Field(name, type));
      } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
        json = true;
        if (type.isRecord()) {
          for (RecordComponent c : type.getRecordComponents()) {
            jsonFields.add(new Field(c.getName(), c.getType()));
          }
        }
      } else if (type.isRecord()
          && !parameter.hasParameterAnnotation(PathVariable.class)
          && type.getPackageName().startsWith("app.velocity")
          && !type.getSimpleName().equals("CurrentUser")) {
        // a form bound to a record, e.g. OrganisationsAdminController.PersonForm
        for (RecordComponent c : type.getRecordComponents()) {
          params.put(c.getName(), new Field(c.getName(), c.getType()));
        }
      }
    }
    // a body read by the handler itself, described for the API documentation instead
    var described =
        AnnotatedElementUtils.findMergedAnnotation(
            handler.getMethod(), io.swagger.v3.oas.annotations.parameters.RequestBody.class);
    if (!json && described != null) {
      for (var content : described.content()) {
        Class<?> type = content.schema().implementation();
        if (type.isRecord()) {
          json = true;
          for (RecordComponent c : type.getRecordComponents()) {
            jsonFields.add(new Field(c.getName(), c.getType()));
          }
        }
      }
    }
    return new Route(
        method,
        pattern,
        variables,
        List.copyOf(params.values()),
        jsonFields,
        json,
        multipart,
        requiredRole(pattern, handler));
  }

  private static String requiredRole(String pattern, HandlerMethod handler) {
    if (pattern.startsWith("/admin/")) {
      return "FIRM_ADMIN";
    }
    RolesAllowed roles =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RolesAllowed.class);
    if (roles == null) {
      roles = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RolesAllowed.class);
    }
    if (roles != null && roles.value().length == 1) {
      return roles.value()[0];
    }
    return null;
  }

  private Routes() {}
}
