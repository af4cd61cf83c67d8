package app.velocity.motivation;

import static app.velocity.motivation.Drive.PEOPLE;
import static app.velocity.motivation.Drive.PERFORMANCE;
import static app.velocity.motivation.Drive.PROCESS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The order in which a person turns to the drives under conflict: the 13 weak orderings of three
 * drives (6 strict, 3 with a tie behind the first, 3 with a tie in front, 1 all tied).
 *
 * <p>The sequence is built greedily from the conflict scores: a stage holds the highest remaining
 * score and every remaining score within the tie tolerance of it (inclusive, allowing {@link
 * ModelSettings#EPSILON}); this repeats on the rest. Ties need not be transitive: with tolerance 5,
 * scores 40, 36, 32 give Performance and People together, then Process, because 32 is compared with
 * 40, the stage's top, not with 36. Within a stage drives are listed in canonical order (People,
 * Performance, Process).
 *
 * <p>The constant names and {@link #code()} are stable and may be stored.
 */
public enum ConflictSequence {
  PEOPLE_THEN_PERFORMANCE_THEN_PROCESS(stages(PEOPLE), stages(PERFORMANCE), stages(PROCESS)),
  PEOPLE_THEN_PROCESS_THEN_PERFORMANCE(stages(PEOPLE), stages(PROCESS), stages(PERFORMANCE)),
  PERFORMANCE_THEN_PEOPLE_THEN_PROCESS(stages(PERFORMANCE), stages(PEOPLE), stages(PROCESS)),
  PERFORMANCE_THEN_PROCESS_THEN_PEOPLE(stages(PERFORMANCE), stages(PROCESS), stages(PEOPLE)),
  PROCESS_THEN_PEOPLE_THEN_PERFORMANCE(stages(PROCESS), stages(PEOPLE), stages(PERFORMANCE)),
  PROCESS_THEN_PERFORMANCE_THEN_PEOPLE(stages(PROCESS), stages(PERFORMANCE), stages(PEOPLE)),
  PEOPLE_THEN_PERFORMANCE_AND_PROCESS(stages(PEOPLE), stages(PERFORMANCE, PROCESS)),
  PERFORMANCE_THEN_PEOPLE_AND_PROCESS(stages(PERFORMANCE), stages(PEOPLE, PROCESS)),
  PROCESS_THEN_PEOPLE_AND_PERFORMANCE(stages(PROCESS), stages(PEOPLE, PERFORMANCE)),
  PEOPLE_AND_PERFORMANCE_THEN_PROCESS(stages(PEOPLE, PERFORMANCE), stages(PROCESS)),
  PEOPLE_AND_PROCESS_THEN_PERFORMANCE(stages(PEOPLE, PROCESS), stages(PERFORMANCE)),
  PERFORMANCE_AND_PROCESS_THEN_PEOPLE(stages(PERFORMANCE, PROCESS), stages(PEOPLE)),
  PEOPLE_AND_PERFORMANCE_AND_PROCESS(stages(PEOPLE, PERFORMANCE, PROCESS));

  /** Indexed by the stage masks: stage 1 in bits 0-2, stage 2 in bits 3-5, stage 3 in bits 6-8. */
  private static final ConflictSequence[] BY_KEY = new ConflictSequence[512];

  static {
    for (ConflictSequence sequence : values()) {
      BY_KEY[sequence.key()] = sequence;
    }
  }

  private final List<List<Drive>> stages;
  private final String code;
  private final String label;

  @SafeVarargs
  ConflictSequence(List<Drive>... stages) {
    this.stages = List.of(stages);
    List<String> codes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (List<Drive> stage : stages) {
      codes.add(String.join("=", stage.stream().map(Drive::name).toList()));
      labels.add(String.join(" and ", stage.stream().map(Drive::label).toList()));
    }
    this.code = String.join(">", codes);
    this.label = String.join(", then ", labels) + (stages.length == 1 ? ", together" : "");
  }

  /** The stages, first stage first; each lists its drives in canonical order. Unmodifiable. */
  public List<List<Drive>> stages() {
    return stages;
  }

  /**
   * A stable code such as {@code PEOPLE>PERFORMANCE=PROCESS}: stages separated by {@code >}, tied
   * drives within a stage by {@code =}.
   */
  public String code() {
    return code;
  }

  /** A plain description such as "People, then Performance and Process". */
  public String label() {
    return label;
  }

  /** The drives of the first stage: where the person goes first under conflict. */
  public List<Drive> firstStage() {
    return stages.get(0);
  }

  /** The 0-based index of the stage holding this drive. */
  public int stageIndexOf(Drive drive) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).contains(drive)) {
        return i;
      }
    }
    throw new IllegalStateException(drive + " missing from " + code);
  }

  /**
   * The conflict stages (as meanings) that the stage at this index spans. With no ties, stage i
   * spans exactly the i-th {@link ConflictStage}; a tied stage of two drives spans two of them, as
   * the person may move through either drive in either of those stages.
   */
  public List<ConflictStage> stagesSpannedBy(int stageIndex) {
    int before = 0;
    for (int i = 0; i < stageIndex; i++) {
      before += stages.get(i).size();
    }
    List<ConflictStage> spanned = new ArrayList<>();
    for (int i = 0; i < stages.get(stageIndex).size(); i++) {
      spanned.add(ConflictStage.values()[before + i]);
    }
    return Collections.unmodifiableList(spanned);
  }

  /**
   * Whether the two sequences order some pair of drives the opposite way round: one puts a drive in
   * an earlier stage than another, the other puts it in a later one. A tie contradicts neither
   * order, so a sequence with more ties is never contradicted by one that only breaks them.
   */
  public boolean contradicts(ConflictSequence other) {
    for (Drive a : Drive.values()) {
      for (Drive b : Drive.values()) {
        if (stageIndexOf(a) < stageIndexOf(b) && other.stageIndexOf(a) > other.stageIndexOf(b)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The sequence with this {@link #code()}. */
  public static ConflictSequence fromCode(String code) {
    for (ConflictSequence sequence : values()) {
      if (sequence.code.equals(code)) {
        return sequence;
      }
    }
    throw new IllegalArgumentException("no conflict sequence has the code " + code);
  }

  /** The sequence of these conflict scores with this tie tolerance (see the class comment). */
  public static ConflictSequence of(DriveScores conflict, double tieTolerance) {
    return of(conflict.people(), conflict.performance(), conflict.process(), tieTolerance);
  }

  /** The sequence of these conflict scores under the settings' tie tolerance. */
  public static ConflictSequence of(DriveScores conflict, ModelSettings settings) {
    return of(conflict, settings.tieTolerance());
  }

  static ConflictSequence of(double people, double performance, double process, double tie) {
    // Sort the three drives by score, highest first; equal scores keep canonical order.
    int a = 0;
    int b = 1;
    int c = 2;
    double va = people;
    double vb = performance;
    double vc = process;
    if (vb > va) {
      int t = a;
      a = b;
      b = t;
      double v = va;
      va = vb;
      vb = v;
    }
    if (vc > vb) {
      int t = b;
      b = c;
      c = t;
      double v = vb;
      vb = vc;
      vc = v;
      if (vb > va) {
        t = a;
        a = b;
        b = t;
        v = va;
        va = vb;
        vb = v;
      }
    }
    double within = tie + ModelSettings.EPSILON;
    int key;
    if (va - vb <= within) {
      if (va - vc <= within) {
        key = (1 << a) | (1 << b) | (1 << c);
      } else {
        key = (1 << a) | (1 << b) | ((1 << c) << 3);
      }
    } else if (vb - vc <= within) {
      key = (1 << a) | (((1 << b) | (1 << c)) << 3);
    } else {
      key = (1 << a) | ((1 << b) << 3) | ((1 << c) << 6);
    }
    return BY_KEY[key];
  }

  private int key() {
    int key = 0;
    for (int i = 0; i < stages.size(); i++) {
      int mask = 0;
      for (Drive d : stages.get(i)) {
        mask |= 1 << d.ordinal();
      }
      key |= mask << (3 * i);
    }
    return key;
  }

  private static List<Drive> stages(Drive... drives) {
    Set<Drive> set = EnumSet.noneOf(Drive.class);
    Collections.addAll(set, drives);
    return List.copyOf(set);
  }
}
