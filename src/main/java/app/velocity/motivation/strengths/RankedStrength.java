package app.velocity.motivation.strengths;

/**
 * A strength with how strongly a profile supports it: {@code support} runs from 0 (the profile is
 * as far from the strength's home as the triangle allows) to 100 (the profile sits on it).
 */
public record RankedStrength(int rank, Strength strength, double support, double distance) {}
