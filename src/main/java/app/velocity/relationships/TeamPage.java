package app.velocity.relationships;

import java.util.List;

/**
 * One team as one viewer may see it: named (the executive, or their coach) or as a distribution
 * only (a sponsor), with individual dots only of people who agreed to be shown to that viewer.
 *
 * @param distributionOnly whether the viewer sees only the distribution (a sponsor)
 * @param tooSmall why no analysis can be shown, or null
 * @param notCounted members with no profile the viewer may use, by name (named view only)
 */
public record TeamPage(
    String id,
    String name,
    String ownerName,
    boolean owner,
    boolean distributionOnly,
    String svg,
    List<TypeCount> typeCounts,
    List<String> summary,
    List<String> missingDrives,
    List<String> clashPairs,
    List<String> members,
    List<String> notCounted,
    String tooSmall,
    String visibility) {

  /** How many members have one type. */
  public record TypeCount(String type, int count) {}
}
