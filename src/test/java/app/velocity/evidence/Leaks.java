package app.velocity.evidence;

import java.util.List;

/** What must never reach a caller: stack traces, Java class names, SQL and driver errors. */
final class Leaks {

  static final List<String> MARKERS =
      List.of(
          "Exception",
          "\tat ",
          "Caused by",
          "java.lang.",
          "java.util.",
          "jakarta.servlet",
          "org.springframework.",
          "app.velocity.",
          "org.postgresql",
          "PSQLException",
          "SQLState",
          "SQL state",
          "syntax error at or near",
          "org.h2.",
          "org.apache.",
          "com.fasterxml",
          "tools.jackson",
          ".java:",
          "HikariPool");

  /** The first marker found in the body, or null. */
  static String in(String body) {
    for (String marker : MARKERS) {
      if (body.contains(marker)) {
        return marker;
      }
    }
    return null;
  }

  private Leaks() {}
}
