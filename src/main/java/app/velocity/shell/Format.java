package app.velocity.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and numbers read on pages. */
public final class Format {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Format() {}

  public static String instant(Instant instant) {
    return instant == null ? "" : INSTANT.format(instant);
  }
}
