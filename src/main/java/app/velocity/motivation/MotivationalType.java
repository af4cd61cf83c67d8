package app.velocity.motivation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The seven types a going-well profile falls into (see {@link TypeRule} for the rule). A type names
 * the drives that score above the centre; Flexible names none, because all three lie close to it.
 */
public enum MotivationalType {
  PEOPLE("People", EnumSet.of(Drive.PEOPLE)),
  PERFORMANCE("Performance", EnumSet.of(Drive.PERFORMANCE)),
  PROCESS("Process", EnumSet.of(Drive.PROCESS)),
  PEOPLE_PERFORMANCE("People & Performance", EnumSet.of(Drive.PEOPLE, Drive.PERFORMANCE)),
  PERFORMANCE_PROCESS("Performance & Process", EnumSet.of(Drive.PERFORMANCE, Drive.PROCESS)),
  PEOPLE_PROCESS("People & Process", EnumSet.of(Drive.PEOPLE, Drive.PROCESS)),
  FLEXIBLE("Flexible", EnumSet.noneOf(Drive.class));

  private static final MotivationalType[] BY_MASK = new MotivationalType[8];

  static {
    for (MotivationalType type : values()) {
      if (type != FLEXIBLE) {
        BY_MASK[mask(type.drives)] = type;
      }
    }
  }

  private final String label;
  private final Set<Drive> drives;

  MotivationalType(String label, EnumSet<Drive> drives) {
    this.label = label;
    this.drives = Collections.unmodifiableSet(drives);
  }

  /** The name shown to people, such as "People & Performance". */
  public String label() {
    return label;
  }

  /** The drives this type names, in canonical order; empty for {@link #FLEXIBLE}. */
  public Set<Drive> drives() {
    return drives;
  }

  /** Whether exactly one drive stands above the centre. */
  public boolean isSingle() {
    return drives.size() == 1;
  }

  /** Whether two drives stand above the centre. */
  public boolean isBlend() {
    return drives.size() == 2;
  }

  /**
   * The single or blend type naming exactly these drives.
   *
   * @throws IllegalArgumentException for no drives or all three, which no type names
   */
  public static MotivationalType naming(Set<Drive> drives) {
    int mask = mask(drives);
    MotivationalType type = mask < 8 ? BY_MASK[mask] : null;
    if (type == null) {
      throw new IllegalArgumentException("no type names the drives " + drives);
    }
    return type;
  }

  /** Lookup by bit mask (bit 0 People, 1 Performance, 2 Process); null for 0 and 7. */
  static MotivationalType byMask(int mask) {
    return BY_MASK[mask];
  }

  private static int mask(Set<Drive> drives) {
    int mask = 0;
    for (Drive d : drives) {
      mask |= 1 << d.ordinal();
    }
    return mask;
  }
}
