package app.velocity.motivation.report;

import app.velocity.motivation.Arrow;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.TrianglePoint;
import app.velocity.motivation.TypeReading;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws the triangle as a self-contained SVG string, for the web page and the PDF alike.
 *
 * <p>Rules the output keeps: no external resources, no {@code style} attribute or element (the
 * Content-Security-Policy forbids inline styles, so only presentation attributes are used), a
 * {@code viewBox} so it scales, {@code role="img"} with a {@code <title>} and a {@code <desc>} that
 * says in words where every point lies, and every drive named in words as well as by a
 * colour-blind-safe colour. All text passes through {@link #xml}.
 *
 * <p>Geometry: Performance at the top vertex, People bottom-left, Process bottom-right; a profile
 * is placed by its barycentric coordinates. The seven regions follow the model: the hexagon where
 * every score lies within 33⅓ ± h, and the three lines where one score equals 33⅓ outside it.
 */
public final class TriangleSvg {

  /** How a person's point was obtained, which decides how it is drawn. */
  public enum Kind {
    /** The person took the inventory: a filled dot. */
    SELF,
    /** Someone estimated the profile: a hollow ring, never merged with self-reports. */
    ESTIMATE,
    /** No profile yet: named in the description, not drawn. */
    UNKNOWN
  }

  /**
   * The margin of a result drawn around its points: a shaded area around the dot and a dashed
   * outline around the arrowhead.
   *
   * @param goingWell the outline of the going-well region, in order around it
   * @param conflict the outline of the conflict region; optional
   * @param words what the regions say, for the description, such as "the margin of the answers
   *     (±2.4 points for People, …) lies inside the People region"
   */
  public record Region(List<DriveScores> goingWell, List<DriveScores> conflict, String words) {

    public Region {
      if (goingWell == null || goingWell.size() < 3 || words == null || words.isBlank()) {
        throw new IllegalArgumentException("a region needs an outline and words for it");
      }
      goingWell = List.copyOf(goingWell);
      conflict = conflict == null ? null : List.copyOf(conflict);
    }

    /** The regions of a result read with its error, and what they say in words. */
    public static Region of(ProfileReading reading) {
      TypeReading type = reading.type();
      String where =
          type.firm()
              ? "lies inside the " + type.type().label() + " region"
              : "reaches "
                  + Margins.list(type.spans().stream().map(MotivationalType::label).toList())
                  + " (read as "
                  + Margins.between(type)
                  + ")";
      return new Region(
          reading.goingWellRegion().outline(OUTLINE_CORNERS),
          reading.conflictRegion().outline(OUTLINE_CORNERS),
          "the shaded area around it is the margin of the answers ("
              + Margins.each(reading.goingWellRegion())
              + ") and "
              + where
              + "; the dashed outline around the arrowhead is the margin under conflict");
    }
  }

  /** Corners of a drawn region: smooth at the size of the figure, and a few kilobytes of SVG. */
  private static final int OUTLINE_CORNERS = 48;

  /**
   * One person on the triangle.
   *
   * @param goingWell required unless {@code kind} is UNKNOWN
   * @param conflict optional; when present an arrow runs from goingWell to it
   * @param leaning optional note such as "leaning Performance & Process"
   * @param region optional; the margin of the result, drawn around its points
   */
  public record Marker(
      String label,
      DriveScores goingWell,
      DriveScores conflict,
      Kind kind,
      String leaning,
      Region region) {

    public Marker {
      Objects.requireNonNull(kind, "a marker needs a kind");
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("a marker needs a label");
      }
      if (kind != Kind.UNKNOWN && goingWell == null) {
        throw new IllegalArgumentException("a drawn marker needs a going-well point");
      }
      if (region != null && kind == Kind.UNKNOWN) {
        throw new IllegalArgumentException("a marker that is not drawn has no region");
      }
    }

    public Marker(
        String label, DriveScores goingWell, DriveScores conflict, Kind kind, String leaning) {
      this(label, goingWell, conflict, kind, leaning, null);
    }

    public Marker withRegion(Region region) {
      return new Marker(label, goingWell, conflict, kind, leaning, region);
    }

    public static Marker self(String label, DriveScores goingWell, DriveScores conflict) {
      return new Marker(label, goingWell, conflict, Kind.SELF, null);
    }

    public static Marker estimate(String label, DriveScores goingWell, DriveScores conflict) {
      return new Marker(label, goingWell, conflict, Kind.ESTIMATE, null);
    }

    public static Marker unknown(String label) {
      return new Marker(label, null, null, Kind.UNKNOWN, null);
    }

    public Marker withLeaning(String note) {
      return new Marker(label, goingWell, conflict, kind, note, region);
    }
  }

  /** Colour-blind-safe colours of the drives (Okabe–Ito / Tableau family). */
  public static String colour(Drive drive) {
    return switch (drive) {
      case PEOPLE -> "#1f77b4";
      case PERFORMANCE -> "#d55e00";
      case PROCESS -> "#009e73";
    };
  }

  private static final double THIRD = 100.0 / 3;
  private static final double WIDTH = 420;
  private static final double HEIGHT = 400;
  // The unit triangle of TrianglePoint, scaled and flipped (SVG's y axis points down).
  private static final double SIDE = 300;
  private static final double LEFT = 60;
  private static final double BASE = 310;
  private static final double[] VX = {LEFT, LEFT + SIDE / 2, LEFT + SIDE};
  private static final double[] VY = {BASE, BASE - SIDE * TrianglePoint.HEIGHT, BASE};
  private static final String INK = "#222222";
  // a bold 11-unit sans-serif character is about this wide; enough to keep labels apart
  private static final double LABEL_CHAR_WIDTH = 6.6;

  private final double h;

  /** A drawer for the product's default settings (h = 11). */
  public TriangleSvg() {
    this(ModelSettings.defaults());
  }

  /** A drawer whose Flexible hexagon has the settings' half-width h. */
  public TriangleSvg(ModelSettings settings) {
    this.h = settings.h();
  }

  /** Draws one person or many (a relationship map or a team) on one triangle. */
  public String render(String title, List<Marker> markers) {
    Objects.requireNonNull(title, "title");
    List<Marker> all = List.copyOf(markers);
    String id = "tri" + Integer.toHexString(Objects.hash(title, all, h));
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(WIDTH))
        .append(' ')
        .append(n(HEIGHT))
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" font-family=\"sans-serif\">\n");
    svg.append("<title id=\"").append(id).append("-title\">").append(xml(title));
    svg.append("</title>\n<desc id=\"").append(id).append("-desc\">");
    svg.append(xml(describe(all))).append("</desc>\n");
    defs(svg, id);
    regions(svg);
    for (Marker m : all) {
      margin(svg, m);
    }
    List<double[]> labels = labelPlaces(all);
    boolean withMargins = all.stream().anyMatch(m -> m.region() != null);
    for (int i = 0; i < all.size(); i++) {
      marker(svg, id, all.get(i), labels.get(i), withMargins);
    }
    legend(svg, all);
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The words that stand for the picture, one sentence per marker. */
  String describe(List<Marker> markers) {
    StringBuilder d = new StringBuilder();
    d.append("A triangle with People at the bottom left, Performance at the top and Process at")
        .append(" the bottom right; the nearer a point lies to a corner, the stronger that drive.");
    if (markers.isEmpty()) {
      d.append(" No one is placed on it yet.");
    }
    for (Marker m : markers) {
      d.append(' ').append(m.label());
      switch (m.kind()) {
        case UNKNOWN -> d.append(": profile not known yet, not drawn.");
        case SELF, ESTIMATE -> {
          d.append(m.kind() == Kind.SELF ? " (self-reported, filled dot)" : " (estimate, ring)");
          d.append(": when things go well ").append(scores(m.goingWell()));
          if (m.conflict() != null) {
            d.append("; under conflict ")
                .append(scores(m.conflict()))
                .append(", an arrow of ")
                .append(n(Arrow.of(new Profile(m.goingWell(), m.conflict())).length()))
                .append(" points");
          }
          if (m.leaning() != null && !m.leaning().isBlank()) {
            d.append("; ").append(m.leaning());
          }
          if (m.region() != null) {
            d.append("; ").append(m.region().words());
          }
          d.append('.');
        }
      }
    }
    return d.toString();
  }

  private static String scores(DriveScores s) {
    return String.format(
        Locale.ROOT,
        "People %d, Performance %d, Process %d",
        Math.round(s.people()),
        Math.round(s.performance()),
        Math.round(s.process()));
  }

  private void defs(StringBuilder svg, String id) {
    svg.append("<defs>\n");
    for (String kind : new String[] {"self", "estimate"}) {
      svg.append("<marker id=\"")
          .append(id)
          .append("-arrow-")
          .append(kind)
          .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
          .append(" markerHeight=\"7\" orient=\"auto\">")
          .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
          .append(kind.equals("self") ? INK : "#ffffff")
          .append("\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"1\"/></marker>\n");
    }
    svg.append("</defs>\n");
  }

  private void regions(StringBuilder svg) {
    double c = THIRD;
    double lo = c - h;
    double hi = c + h;
    // Single-drive regions: a tinted shape at each corner.
    for (Drive d : Drive.values()) {
      int i = d.ordinal();
      int j = (i + 1) % 3;
      int k = (i + 2) % 3;
      polygon(
          svg,
          colour(d),
          "0.12",
          at(i, 100, j, 0, k, 0),
          at(i, 2 * c, j, c, k, 0),
          at(i, hi, j, c, k, lo),
          at(i, hi, j, lo, k, c),
          at(i, 2 * c, j, 0, k, c));
    }
    // Blend regions at the middle of each edge, in a neutral tint.
    for (Drive low : Drive.values()) {
      int k = low.ordinal();
      int i = (k + 1) % 3;
      int j = (k + 2) % 3;
      polygon(
          svg,
          "#888888",
          "0.08",
          at(i, 2 * c, j, c, k, 0),
          at(i, c, j, 2 * c, k, 0),
          at(i, c, j, hi, k, lo),
          at(i, hi, j, c, k, lo));
    }
    // The Flexible hexagon.
    // Corners in order around the hub: each edge is one score at c ± h.
    double[][] hex = {{hi, c, lo}, {hi, lo, c}, {c, lo, hi}, {lo, c, hi}, {lo, hi, c}, {c, hi, lo}};
    polygon(svg, "#ffffff", "1", hex);
    // The outline of the triangle.
    polygon(
        svg, "none", "1", at(0, 100, 1, 0, 2, 0), at(1, 100, 0, 0, 2, 0), at(2, 100, 0, 0, 1, 0));
    // Vertex labels in words, each in its drive's colour.
    text(svg, VX[0] - 10, VY[0] + 24, "middle", 15, "bold", colour(Drive.PEOPLE), "People");
    text(svg, VX[1], VY[1] - 14, "middle", 15, "bold", colour(Drive.PERFORMANCE), "Performance");
    text(svg, VX[2] + 10, VY[2] + 24, "middle", 15, "bold", colour(Drive.PROCESS), "Process");
    // Region labels.
    for (Drive d : Drive.values()) {
      double[] p = xy(at(d.ordinal(), 72, (d.ordinal() + 1) % 3, 14, (d.ordinal() + 2) % 3, 14));
      text(svg, p[0], p[1], "middle", 9, "normal", "#555555", d.label());
    }
    for (Drive low : Drive.values()) {
      int k = low.ordinal();
      Drive a = Drive.values()[(k + 1) % 3];
      Drive b = Drive.values()[(k + 2) % 3];
      double[] p = xy(at(a.ordinal(), 45.5, b.ordinal(), 45.5, k, 9));
      Drive first = a.ordinal() < b.ordinal() ? a : b;
      Drive second = first == a ? b : a;
      text(svg, p[0], p[1] - 5, "middle", 8, "normal", "#555555", first.label() + " &");
      text(svg, p[0], p[1] + 5, "middle", 8, "normal", "#555555", second.label());
    }
    double[] centre = xy(new double[] {c, c, c});
    text(svg, centre[0], centre[1] + 3, "middle", 9, "normal", "#555555", "Flexible");
  }

  /**
   * Where each marker's label goes (x, baseline, 1 when it ends at x rather than starts there):
   * beside its dot, on the first side where it covers no label already placed and no other dot. The
   * last marker (on a personal report, the person now) is placed first, so it keeps the usual place
   * to the upper right.
   */
  private static List<double[]> labelPlaces(List<Marker> markers) {
    double[][] offsets = {{9, -6, 0}, {9, 16, 0}, {-9, -6, 1}, {-9, 16, 1}};
    List<double[]> dots = new java.util.ArrayList<>();
    for (Marker m : markers) {
      dots.add(m.kind() == Kind.UNKNOWN ? null : xy(m.goingWell()));
    }
    // a label over an arrowhead would hide where the arrow ends
    List<double[]> tips =
        markers.stream()
            .filter(m -> m.kind() != Kind.UNKNOWN && m.conflict() != null)
            .map(m -> xy(m.conflict()))
            .toList();
    double[][] places = new double[markers.size()][];
    List<double[]> taken = new java.util.ArrayList<>();
    for (int i = markers.size() - 1; i >= 0; i--) {
      double[] dot = dots.get(i);
      if (dot == null) {
        places[i] = new double[] {0, 0, 0};
        continue;
      }
      double width = LABEL_CHAR_WIDTH * markers.get(i).label().length();
      double[] chosen = null;
      for (double[] o : offsets) {
        double x = dot[0] + o[0];
        double y = dot[1] + o[1];
        double[] box = o[2] == 0 ? box(x, y, x + width) : box(x, y, x - width);
        boolean free = box[0] >= 0 && box[2] <= WIDTH;
        for (double[] t : taken) {
          free &= !overlaps(box, t);
        }
        for (int j = 0; j < dots.size(); j++) {
          double[] d = dots.get(j);
          if (j != i && d != null) {
            free &= !overlaps(box, new double[] {d[0] - 7, d[1] - 7, d[0] + 7, d[1] + 7});
          }
        }
        for (double[] d : tips) {
          free &= !overlaps(box, new double[] {d[0] - 7, d[1] - 7, d[0] + 7, d[1] + 7});
        }
        if (free) {
          chosen = new double[] {x, y, o[2], box[0], box[1], box[2], box[3]};
          break;
        }
      }
      if (chosen == null) {
        double x = dot[0] + offsets[0][0];
        double y = dot[1] + offsets[0][1];
        double[] box = box(x, y, x + width);
        chosen = new double[] {x, y, 0, box[0], box[1], box[2], box[3]};
      }
      places[i] = chosen;
      taken.add(new double[] {chosen[3], chosen[4], chosen[5], chosen[6]});
    }
    return java.util.Arrays.asList(places);
  }

  /** The box (left, top, right, bottom) of a label with this baseline between two x. */
  private static double[] box(double x, double baseline, double otherX) {
    return new double[] {Math.min(x, otherX), baseline - 10, Math.max(x, otherX), baseline + 3};
  }

  private static boolean overlaps(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  private void marker(StringBuilder svg, String id, Marker m, double[] label, boolean withMargins) {
    if (m.kind() == Kind.UNKNOWN) {
      return;
    }
    boolean self = m.kind() == Kind.SELF;
    double[] p = xy(m.goingWell());
    svg.append("<g>");
    if (m.conflict() != null) {
      double[] q = xy(m.conflict());
      svg.append("<line x1=\"")
          .append(n(p[0]))
          .append("\" y1=\"")
          .append(n(p[1]))
          .append("\" x2=\"")
          .append(n(q[0]))
          .append("\" y2=\"")
          .append(n(q[1]))
          .append("\" stroke=\"")
          .append(INK)
          .append("\" stroke-width=\"1.5\"")
          .append(self ? "" : " stroke-dasharray=\"4 3\"")
          .append(" marker-end=\"url(#")
          .append(id)
          .append(self ? "-arrow-self" : "-arrow-estimate")
          .append(")\"/>");
    }
    svg.append("<circle cx=\"")
        .append(n(p[0]))
        .append("\" cy=\"")
        .append(n(p[1]))
        // smaller in a figure with margins (one point is 3 units), so that a margin of two points
        // still shows round the dot, and every dot the same size so none looks more certain
        .append(withMargins ? "\" r=\"3.5\" fill=\"" : "\" r=\"6\" fill=\"")
        .append(self ? INK : "#ffffff")
        .append("\" stroke=\"")
        .append(INK)
        .append(withMargins ? "\" stroke-width=\"1.5\"/>" : "\" stroke-width=\"2\"/>");
    String anchor = label[2] == 0 ? "start" : "end";
    text(svg, label[0], label[1], anchor, 11, "bold", INK, m.label());
    if (m.leaning() != null && !m.leaning().isBlank()) {
      svg.append("<text x=\"")
          .append(n(label[0]))
          .append("\" y=\"")
          .append(n(label[1] + 13))
          .append("\" text-anchor=\"")
          .append(anchor)
          .append("\" font-size=\"9\" font-style=\"italic\" fill=\"#444444\">")
          .append(xml(m.leaning()))
          .append("</text>");
    }
    svg.append("</g>\n");
  }

  /**
   * The margin of a result, under the markers so that no dot is hidden: a grey wash with an outline
   * around the dot and a dashed outline around the arrowhead. Neither depends on colour to be told
   * apart, and both are plain polygons, which the PDF's renderer draws the same as browsers.
   */
  private static void margin(StringBuilder svg, Marker m) {
    if (m.region() == null) {
      return;
    }
    outline(svg, m.region().goingWell(), INK, "0.14", "");
    if (m.region().conflict() != null) {
      outline(svg, m.region().conflict(), "none", "1", " stroke-dasharray=\"4 3\"");
    }
  }

  private static void outline(
      StringBuilder svg, List<DriveScores> corners, String fill, String opacity, String dash) {
    shape(svg, corners.stream().map(TriangleSvg::xy).toList(), fill, opacity, INK, dash);
  }

  private void legend(StringBuilder svg, List<Marker> markers) {
    double y = HEIGHT - 30;
    svg.append("<g>");
    svg.append("<circle cx=\"20\" cy=\"").append(n(y)).append("\" r=\"5\" fill=\"").append(INK);
    svg.append("\" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
    text(svg, 30, y + 4, "start", 10, "normal", INK, "self-reported");
    svg.append("<circle cx=\"130\" cy=\"").append(n(y)).append("\" r=\"5\" fill=\"#ffffff\"");
    svg.append(" stroke=\"").append(INK).append("\" stroke-width=\"2\"/>");
    text(svg, 140, y + 4, "start", 10, "normal", INK, "estimate");
    text(svg, 215, y + 4, "start", 10, "normal", INK, "arrow: going well to under conflict");
    if (markers.stream().anyMatch(m -> m.region() != null)) {
      double ly = y + 20;
      svg.append("<rect x=\"14\" y=\"").append(n(ly - 5)).append("\" width=\"12\" height=\"10\"");
      svg.append(" fill=\"").append(INK).append("\" fill-opacity=\"0.14\" stroke=\"").append(INK);
      svg.append("\" stroke-width=\"1\"/>");
      text(svg, 30, ly + 4, "start", 10, "normal", INK, "margin of the answers");
      svg.append("<rect x=\"150\" y=\"").append(n(ly - 5)).append("\" width=\"12\" height=\"10\"");
      svg.append(" fill=\"none\" stroke=\"").append(INK);
      svg.append("\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>");
      text(svg, 166, ly + 4, "start", 10, "normal", INK, "the same under conflict");
    }
    long unknown = markers.stream().filter(m -> m.kind() == Kind.UNKNOWN).count();
    if (unknown > 0) {
      text(
          svg,
          20,
          y + 20,
          "start",
          10,
          "normal",
          INK,
          unknown + (unknown == 1 ? " person" : " people") + " not placed: profile not known yet");
    }
    svg.append("</g>\n");
  }

  private void polygon(StringBuilder svg, String fill, String opacity, double[]... scores) {
    shape(
        svg,
        java.util.Arrays.stream(scores).map(TriangleSvg::xy).toList(),
        fill,
        opacity,
        "#777777",
        "");
  }

  /** A polygon through points in picture coordinates; {@code extra} adds attributes, or is "". */
  private static void shape(
      StringBuilder svg,
      List<double[]> points,
      String fill,
      String opacity,
      String stroke,
      String extra) {
    svg.append("<polygon points=\"");
    for (int i = 0; i < points.size(); i++) {
      double[] p = points.get(i);
      svg.append(i == 0 ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
    }
    svg.append("\" fill=\"").append(fill).append('"');
    if (!"1".equals(opacity)) {
      svg.append(" fill-opacity=\"").append(opacity).append('"');
    }
    svg.append(" stroke=\"").append(stroke).append("\" stroke-width=\"1\"").append(extra);
    svg.append("/>\n");
  }

  private static void text(
      StringBuilder svg,
      double x,
      double y,
      String anchor,
      int size,
      String weight,
      String fill,
      String content) {
    svg.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" font-size=\"")
        .append(size)
        .append('"');
    if (!"normal".equals(weight)) {
      svg.append(" font-weight=\"").append(weight).append('"');
    }
    svg.append(" fill=\"").append(fill).append("\">").append(xml(content)).append("</text>\n");
  }

  /** Scores by drive ordinal, from three (ordinal, value) pairs. */
  private static double[] at(int i, double vi, int j, double vj, int k, double vk) {
    double[] s = new double[3];
    s[i] = vi;
    s[j] = vj;
    s[k] = vk;
    return s;
  }

  private static double[] xy(DriveScores s) {
    TrianglePoint p = TrianglePoint.of(s);
    return new double[] {LEFT + SIDE * p.x(), BASE - SIDE * p.y()};
  }

  /** Scores by drive ordinal (People, Performance, Process; sum 100) to canvas coordinates. */
  static double[] xy(double[] s) {
    double sum = s[0] + s[1] + s[2];
    return xy(new DriveScores(s[0] * 100 / sum, s[1] * 100 / sum, 100 - (s[0] + s[1]) * 100 / sum));
  }

  private static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Escapes text for XML content and attributes, and drops characters XML 1.0 forbids. */
  static String xml(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  boolean allowed =
                      cp == 0x9
                          || cp == 0xA
                          || cp == 0xD
                          || (cp >= 0x20 && cp <= 0xD7FF)
                          || (cp >= 0xE000 && cp <= 0xFFFD)
                          || cp >= 0x10000;
                  if (allowed) {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }
}
