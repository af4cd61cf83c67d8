package app.velocity.invitations;

import java.util.UUID;

/** A person who sees the owner's result, as the owner's sharing page lists them. */
public record Viewer(UUID id, String name) {}
