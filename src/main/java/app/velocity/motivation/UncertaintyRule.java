package app.velocity.motivation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a result together with its measurement error: draws a {@link ConfidenceRegion} of {@code
 * radius} standard errors around each point, states the type firmly only when the going-well region
 * lies inside one type region (and the point is not leaning), and ties two conflict scores whenever
 * the region reaches a profile where they lie within the tie tolerance.
 *
 * <p>The model itself is untouched: type, leaning and the conflict sequence are still decided by
 * {@link ProfileCalculator} from the scores alone; this only says how firmly each may be stated.
 * The radius is calibrated per item bank by {@link InventorySimulation} so that firm statements
 * meet the reliability targets in docs/psychometrics.md.
 */
public final class UncertaintyRule {

  private final ModelSettings settings;
  private final double radius;
  private final TypeRegions regions;

  public UncertaintyRule(ModelSettings settings, double radius) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    if (!(radius > 0) || !Double.isFinite(radius)) {
      throw new IllegalArgumentException("the radius must be positive, not " + radius);
    }
    this.settings = settings;
    this.radius = radius;
    this.regions = new TypeRegions(settings);
  }

  public double radius() {
    return radius;
  }

  /** Everything a report needs to say how firmly each part of a result may be read. */
  public ProfileReading read(ProfileAnalysis analysis, ProfileError error) {
    DriveScores well = analysis.profile().goingWell();
    DriveScores conflict = analysis.profile().conflict();
    ConfidenceRegion wellRegion = new ConfidenceRegion(well, error.goingWell(), radius);
    return new ProfileReading(
        analysis,
        error,
        wellRegion,
        new ConfidenceRegion(conflict, error.conflict(), radius),
        readType(wellRegion, analysis.type(), analysis.leaning()),
        sequenceWithinError(conflict, error.conflict()));
  }

  /** How firmly this going-well point's type may be stated (see {@link TypeReading}). */
  public TypeReading readType(DriveScores goingWell, ScoreError error) {
    TypeRule rule = new TypeRule(settings);
    return readType(
        new ConfidenceRegion(goingWell, error, radius),
        rule.typeOf(goingWell),
        rule.isLeaning(goingWell));
  }

  private TypeReading readType(ConfidenceRegion region, MotivationalType own, boolean leaning) {
    List<MotivationalType> others = new ArrayList<>();
    double[] distance = new double[MotivationalType.values().length];
    for (MotivationalType type : MotivationalType.values()) {
      if (type != own) {
        distance[type.ordinal()] = region.distanceTo(regions.polygon(type));
        if (distance[type.ordinal()] <= radius + 1e-9) {
          others.add(type);
        }
      }
    }
    others.sort(Comparator.comparingDouble(t -> distance[t.ordinal()]));
    List<MotivationalType> spans = new ArrayList<>();
    spans.add(own);
    spans.addAll(others);
    return new TypeReading(own, others.isEmpty(), spans, leaning);
  }

  /**
   * The conflict sequence with ties widened by the error: built greedily from the top like {@link
   * ConflictSequence}, a stage takes every remaining drive down to the lowest one whose gap to the
   * stage's top is within the tie tolerance plus the region's reach along that difference, so some
   * profile of the region would tie them. Never fewer ties than the model's sequence.
   */
  public ConflictSequence sequenceWithinError(DriveScores conflict, ScoreError error) {
    List<Drive> remaining = new ArrayList<>(Arrays.asList(Drive.values()));
    remaining.sort(
        Comparator.comparingDouble((Drive d) -> -conflict.of(d)).thenComparing(Drive::ordinal));
    List<String> stages = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Drive top = remaining.get(0);
      int last = 0;
      for (int i = 1; i < remaining.size(); i++) {
        Drive d = remaining.get(i);
        double gap = conflict.of(top) - conflict.of(d);
        double tolerance =
            settings.tieTolerance() + radius * error.standardErrorOfDifference(top, d);
        if (gap <= tolerance + ModelSettings.EPSILON) {
          last = i;
        }
      }
      List<Drive> stage = new ArrayList<>(remaining.subList(0, last + 1));
      stage.sort(Comparator.comparing(Drive::ordinal));
      stages.add(stage.stream().map(Drive::name).collect(Collectors.joining("=")));
      remaining.subList(0, last + 1).clear();
    }
    return ConflictSequence.fromCode(String.join(">", stages));
  }
}
