package app.velocity.motivation.team;

import app.velocity.motivation.ProfileAnalysis;

/** A member who agreed to be shown: a dot and an arrow on the team triangle. */
public record ShownMember(String name, ProfileAnalysis analysis, boolean estimated) {}
