package app.velocity.motivation.team;

import app.velocity.motivation.Drive;

/**
 * A drive the team lacks.
 *
 * @param absent every member scores below {@link TeamAnalysis#LOW} on it (stronger); otherwise it
 *     is nobody's strongest drive, though some bring it
 * @param teamMean the team's mean going-well score on it
 * @param reason in plain words, naming nobody
 */
public record MissingDrive(Drive drive, boolean absent, double teamMean, String reason) {}
