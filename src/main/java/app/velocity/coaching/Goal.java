package app.velocity.coaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A behaviour goal with its five goal-attainment levels (−2 much less than expected … +2 much
 * more), written at the start and scored at reviews.
 */
@Table("goals")
class Goal {

  static final int MAX_PER_ENGAGEMENT = 2;

  @Id private final UUID id;
  @Version private Long version;
  private final UUID engagementId;
  private final String title;
  private final String levelMinus2;
  private final String levelMinus1;
  private final String level0;
  private final String levelPlus1;
  private final String levelPlus2;
  private final Instant createdAt;
  private final String strength;
  private final UUID relationshipPersonId;

  @MappedCollection(idColumn = "goal_id", keyColumn = "idx")
  private final List<Score> scores;

  @Table("goal_scores")
  record Score(int level, String note, Instant scoredAt) {}

  @PersistenceCreator
  Goal(
      UUID id,
      Long version,
      UUID engagementId,
      String title,
      String levelMinus2,
      String levelMinus1,
      String level0,
      String levelPlus1,
      String levelPlus2,
      Instant createdAt,
      String strength,
      UUID relationshipPersonId,
      List<Score> scores) {
    this.id = id;
    this.version = version;
    this.engagementId = engagementId;
    this.title = title;
    this.levelMinus2 = levelMinus2;
    this.levelMinus1 = levelMinus1;
    this.level0 = level0;
    this.levelPlus1 = levelPlus1;
    this.levelPlus2 = levelPlus2;
    this.createdAt = createdAt;
    this.strength = strength;
    this.relationshipPersonId = relationshipPersonId;
    this.scores = scores == null ? new ArrayList<>() : new ArrayList<>(scores);
  }

  /**
   * A new goal; {@code strength} (a strength's id) or {@code relationship} (a person on the map)
   * ties it to one thing, both null tie it to nothing. The caller has checked that they exist for
   * this executive.
   */
  static Goal define(
      UUID engagement,
      String title,
      List<String> levels,
      String strength,
      UUID relationship,
      Instant now) {
    if (strength != null && relationship != null) {
      throw new IllegalArgumentException(
          "relationship: tie a goal to one thing, a strength or a relationship, not both");
    }
    if (levels == null || levels.size() != 5) {
      throw new IllegalArgumentException("levels: describe all five levels, from −2 to +2");
    }
    String[] names = {"levelMinus2", "levelMinus1", "level0", "levelPlus1", "levelPlus2"};
    String[] checked = new String[5];
    for (int i = 0; i < 5; i++) {
      checked[i] = Texts.required(levels.get(i), names[i], 500);
    }
    return new Goal(
        UUID.randomUUID(),
        null,
        engagement,
        Texts.required(title, "title", 200),
        checked[0],
        checked[1],
        checked[2],
        checked[3],
        checked[4],
        now,
        strength,
        relationship,
        List.of());
  }

  void score(int level, String note, Instant now) {
    if (level < -2 || level > 2) {
      throw new IllegalArgumentException("level: choose a level from −2 to +2");
    }
    scores.add(new Score(level, Texts.optional(note, "note", 1000), now));
  }

  UUID id() {
    return id;
  }

  UUID engagementId() {
    return engagementId;
  }

  String title() {
    return title;
  }

  /** The id of the strength, overdone, this goal is about; null when it is not tied to one. */
  String strength() {
    return strength;
  }

  /** The person on the map this goal is about; null when it is not tied to one. */
  UUID relationshipPersonId() {
    return relationshipPersonId;
  }

  List<String> levels() {
    return List.of(levelMinus2, levelMinus1, level0, levelPlus1, levelPlus2);
  }

  List<Score> scores() {
    return List.copyOf(scores);
  }

  /** The latest attainment level, or null before the first review. */
  Integer latestLevel() {
    return scores.isEmpty() ? null : scores.get(scores.size() - 1).level();
  }
}
