package app.velocity.invitations;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** Whom to invite through the API: a person of your organisation, or a new name and address. */
@Schema(description = "Either personId, or name and email of someone new")
public record InvitationRequest(
    @Schema(description = "A person of your organisation") UUID personId,
    @Schema(description = "Name of someone new (with email)") String name,
    @Schema(description = "E-mail address of someone new, or of a person of your organisation")
        String email,
    @Schema(description = "An optional personal note, up to 1000 characters") String note) {}
