package app.velocity.coaching;

import java.util.List;

/**
 * The time zones a session can be planned in: named zones (never fixed offsets), so that a session
 * keeps its wall-clock time across daylight-saving changes. The first is the default.
 */
public final class TimeZones {

  public static final String DEFAULT = "Europe/London";

  public static final List<String> OFFERED =
      List.of(
          DEFAULT,
          "Europe/Dublin",
          "Europe/Lisbon",
          "Europe/Paris",
          "Europe/Berlin",
          "Europe/Amsterdam",
          "Europe/Brussels",
          "Europe/Zurich",
          "Europe/Madrid",
          "Europe/Rome",
          "Europe/Stockholm",
          "Europe/Warsaw",
          "Europe/Athens",
          "Europe/Helsinki",
          "Europe/Istanbul",
          "Africa/Lagos",
          "Africa/Johannesburg",
          "Africa/Nairobi",
          "Asia/Dubai",
          "Asia/Kolkata",
          "Asia/Singapore",
          "Asia/Hong_Kong",
          "Asia/Shanghai",
          "Asia/Tokyo",
          "Australia/Sydney",
          "Pacific/Auckland",
          "America/Sao_Paulo",
          "America/New_York",
          "America/Toronto",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles",
          "UTC");

  private TimeZones() {}

  public static boolean offered(String zone) {
    return OFFERED.contains(zone);
  }
}
