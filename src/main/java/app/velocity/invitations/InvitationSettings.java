package app.velocity.invitations;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long an invitation stays open and when reminders go out, each counted from the moment it was
 * sent (default: open 14 days, reminders on days 3 and 7).
 */
record InvitationSettings(Duration validity, List<Duration> reminders) {

  /** More than two reminders would be nagging (docs/design.md §3 asks for "at most two"). */
  static final int MAX_REMINDERS = 2;

  InvitationSettings {
    if (validity == null || validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("velocity.invitations.validity must be positive");
    }
    reminders = List.copyOf(reminders);
    if (reminders.size() > MAX_REMINDERS) {
      throw new IllegalArgumentException("velocity.invitations.reminders: at most two reminders");
    }
    Duration previous = Duration.ZERO;
    for (Duration after : reminders) {
      if (after.compareTo(previous) <= 0 || after.compareTo(validity) >= 0) {
        throw new IllegalArgumentException(
            "velocity.invitations.reminders: each must come later than the one before and before"
                + " the invitation expires");
      }
      previous = after;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class FromProperties {

    @Bean
    InvitationSettings invitationSettings(
        @Value("${velocity.invitations.validity:P14D}") Duration validity,
        @Value("${velocity.invitations.reminders:P3D,P7D}") List<Duration> reminders) {
      return new InvitationSettings(validity, reminders);
    }
  }
}
