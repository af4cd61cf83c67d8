package app.velocity.motivation.team;

import java.util.List;

/**
 * A relationship's place in the attention list.
 *
 * @param patterns the patterns it shows, most pressing first; {@code [NONE]} when none
 * @param score how strongly it shows its first pattern (see {@link AttentionRanking})
 * @param reason the numbers behind it, in plain words
 */
public record Attention(
    Relationship relationship, List<AttentionPattern> patterns, double score, String reason) {

  public Attention {
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("an attention item has at least one pattern");
    }
  }

  /** The most pressing pattern. */
  public AttentionPattern primary() {
    return patterns.get(0);
  }
}
