package app.velocity.motivation.report;

import app.velocity.motivation.Arrow;
import app.velocity.motivation.Drive;
import app.velocity.motivation.DriveScores;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.TrianglePoint;
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
   * One person on the triangle.
   *
   * @param goingWell required unless {@code kind} is UNKNOWN
   * @param conflict optional; when present an arrow runs from goingWell to it
   * @param leaning optional note such as "leaning Performance & Process"
   */
  public record Marker(
      String label, DriveScores goingWell, DriveScores conflict, Kind kind, String leaning) {

    public Marker {
      Objects.requireNonNull(kind, "a marker needs a kind");
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("a marker needs a label");
      }
      if (kind != Kind.UNKNOWN && goingWell == null) {
        throw new IllegalArgumentException("a drawn marker needs a going-well point");
      }
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
      return new Marker(label, goingWell, conflict, kind, note);
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
      marker(svg, id, m);
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

  private void marker(StringBuilder svg, String id, Marker m) {
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
        .append("\" r=\"6\" fill=\"")
        .append(self ? INK : "#ffffff")
        .append("\" stroke=\"")
        .append(INK)
        .append("\" stroke-width=\"2\"/>");
    text(svg, p[0] + 9, p[1] - 6, "start", 11, "bold", INK, m.label());
    if (m.leaning() != null && !m.leaning().isBlank()) {
      svg.append("<text x=\"")
          .append(n(p[0] + 9))
          .append("\" y=\"")
          .append(n(p[1] + 7))
          .append("\" font-size=\"9\" font-style=\"italic\" fill=\"#444444\">")
          .append(xml(m.leaning()))
          .append("</text>");
    }
    svg.append("</g>\n");
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
    svg.append("<polygon points=\"");
    for (int i = 0; i < scores.length; i++) {
      double[] p = xy(scores[i]);
      svg.append(i == 0 ? "" : " ").append(n(p[0])).append(',').append(n(p[1]));
    }
    svg.append("\" fill=\"").append(fill).append('"');
    if (!"1".equals(opacity)) {
      svg.append(" fill-opacity=\"").append(opacity).append('"');
    }
    svg.append(" stroke=\"#777777\" stroke-width=\"1\"/>\n");
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
