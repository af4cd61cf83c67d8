package app.velocity.motivation;

/**
 * The radius, in standard errors, of the {@link ConfidenceRegion} a type must fit inside to be
 * stated firmly, for each length of the going-well part an item bank has shipped with. Each value
 * lies inside the window of radii at which {@link InventorySimulation} (centred population,
 * response noise σ = 0.20, item pull 0.05) finds firm types the same on a retest at least 90% of
 * the time and correct against the true profile at least 95% of the time, with some room on both
 * sides for sampling; docs/psychometrics.md §6 gives the figures.
 *
 * <p>Shorter parts measure less precisely relative to how people differ, so they need a wider
 * region: with 12 items a firm type is rare but reliable, with 48 it is the rule.
 */
public final class FirmnessCalibration {

  private FirmnessCalibration() {}

  /**
   * The calibrated radius for a going-well part of this many items.
   *
   * @throws IllegalArgumentException for a length no bank has been calibrated for
   */
  public static double radiusFor(int goingWellItems) {
    return switch (goingWellItems) {
      case 12 -> 1.9;
      case 48 -> 1.05;
      default ->
          throw new IllegalArgumentException(
              "no firmness radius is calibrated for "
                  + goingWellItems
                  + " going-well items; run InventorySimulation and add one");
    };
  }
}
