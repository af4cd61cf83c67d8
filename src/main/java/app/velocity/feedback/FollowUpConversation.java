package app.velocity.feedback;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A follow-up conversation the executive held with a stakeholder about the goals: the habit that
 * makes stakeholders see change.
 *
 * @param group the group of the person spoken with, or {@code null} when not said
 */
public record FollowUpConversation(
    UUID id, LocalDate heldOn, String withWhom, StakeholderGroup group, String note) {}
