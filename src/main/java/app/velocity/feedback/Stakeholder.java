package app.velocity.feedback;

import java.util.UUID;

/** Someone the executive asks for feedback; not an account, only a name and an e-mail address. */
public record Stakeholder(UUID id, String name, String email, StakeholderGroup group) {}
