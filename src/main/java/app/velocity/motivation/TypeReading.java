package app.velocity.motivation;

import java.util.List;

/**
 * How firmly a result's type may be stated, given its measurement error.
 *
 * @param type the type of the scored going-well point (the model's type, unchanged)
 * @param firm whether the type may be stated as a clear pattern: the point is not leaning and its
 *     {@link ConfidenceRegion} lies inside the type's region
 * @param spans the type regions the confidence region reaches, the point's own first and then the
 *     others from the nearest; a single entry when the region stays inside one
 * @param leaning whether the point lies closer than the leaning margin to a boundary (the model's
 *     rule), which is never stated firmly even when the region is small
 */
public record TypeReading(
    MotivationalType type, boolean firm, List<MotivationalType> spans, boolean leaning) {

  public TypeReading {
    spans = List.copyOf(spans);
    if (type == null || spans.isEmpty() || spans.get(0) != type) {
      throw new IllegalArgumentException("a reading spans its own type first");
    }
    if (firm == spans.size() > 1) {
      throw new IllegalArgumentException("a type is firm exactly when its region reaches no other");
    }
  }

  /** Whether the region reaches more than one type region. */
  public boolean between() {
    return spans.size() > 1;
  }
}
