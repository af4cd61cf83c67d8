package app.velocity.relationships;

import java.util.UUID;

/** A team in a list: its name, whose it is and how many people are on it. */
public record TeamSummary(UUID id, String name, String ownerName, int size) {}
