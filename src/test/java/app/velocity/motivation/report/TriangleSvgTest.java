package app.velocity.motivation.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.motivation.DriveScores;
import app.velocity.motivation.report.TriangleSvg.Marker;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TriangleSvgTest {

  private final TriangleSvg drawer = new TriangleSvg();

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> circles(Document doc) {
    NodeList list = doc.getElementsByTagName("circle");
    return java.util.stream.IntStream.range(0, list.getLength())
        .mapToObj(i -> (Element) list.item(i))
        .toList();
  }

  @Test
  void singleProfileIsValidAccessibleXml() throws Exception {
    String svg =
        drawer.render(
            "Your profile",
            List.of(
                Marker.self("You", new DriveScores(50, 30, 20), new DriveScores(20, 30, 50))
                    .withLeaning("leaning People & Performance")));
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 420 400");
    assertThat(root.hasAttribute("width")).isFalse();
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Your profile");
    String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
    assertThat(desc)
        .contains("You (self-reported")
        .contains("People 50, Performance 30, Process 20")
        .contains("under conflict People 20, Performance 30, Process 50")
        .contains("leaning People & Performance");
    assertThat(svg).contains(">People<", ">Performance<", ">Process<", ">Flexible<");
    assertThat(svg).contains("#1f77b4", "#d55e00", "#009e73");
    assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("marker").getLength()).isEqualTo(2);
  }

  @Test
  void usesNoInlineStylesNorExternalResources() {
    String svg =
        drawer.render(
            "Team",
            List.of(
                Marker.self("A", new DriveScores(60, 20, 20), null),
                Marker.estimate("B", new DriveScores(20, 60, 20), new DriveScores(10, 80, 10))));
    assertThat(svg).doesNotContain("style=", "<style", "href", "http://www.w3.org/1999/xlink");
    assertThat(svg.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
  }

  @Test
  void selfIsFilledEstimateIsHollowUnknownIsNotDrawn() throws Exception {
    Document doc =
        parse(
            drawer.render(
                "Map",
                List.of(
                    Marker.self("Self", new DriveScores(60, 20, 20), null),
                    Marker.estimate("Guess", new DriveScores(20, 20, 60), null),
                    Marker.unknown("Nobody"))));
    // two legend circles plus two markers
    List<Element> circles = circles(doc);
    assertThat(circles).hasSize(4);
    assertThat(circles.get(0).getAttribute("fill")).isEqualTo("#222222");
    assertThat(circles.get(1).getAttribute("fill")).isEqualTo("#ffffff");
    assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
        .contains("Guess (estimate, ring)")
        .contains("Nobody: profile not known yet, not drawn.");
    assertThat(doc.getDocumentElement().getTextContent()).contains("1 person not placed");
  }

  @Test
  void escapesLabels() throws Exception {
    String evil = "<script>alert('x')</script> & \"co\"";
    String svg =
        drawer.render(
            evil,
            List.of(
                Marker.self(evil, new DriveScores(40, 30, 30), null).withLeaning(evil),
                Marker.unknown(evil)));
    assertThat(svg).doesNotContain("<script>");
    assertThat(svg).contains("&lt;script&gt;");
    Document doc = parse(svg);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(evil);
  }

  @Test
  void theMarginIsDrawnUnderTheDotAndSaidInWords() throws Exception {
    var calc =
        new app.velocity.motivation.ProfileCalculator(
            app.velocity.motivation.ModelSettings.defaults());
    var error = new app.velocity.motivation.ScoreError(4, 4, -2);
    var reading =
        new app.velocity.motivation.UncertaintyRule(
                app.velocity.motivation.ModelSettings.defaults(), 1.05)
            .read(
                calc.analyse(
                    new app.velocity.motivation.Profile(
                        new DriveScores(46, 30, 24), new DriveScores(20, 30, 50))),
                new app.velocity.motivation.ProfileError(error, error));
    Marker plain = Marker.self("You", new DriveScores(46, 30, 24), new DriveScores(20, 30, 50));
    String without = drawer.render("Your profile", List.of(plain));
    String svg =
        drawer.render("Your profile", List.of(plain.withRegion(TriangleSvg.Region.of(reading))));
    Document doc = parse(svg);
    int polygons = doc.getElementsByTagName("polygon").getLength();
    assertThat(polygons - parse(without).getElementsByTagName("polygon").getLength()).isEqualTo(2);
    // the shaded going-well region comes before (under) the dot; the conflict one is dashed
    assertThat(svg.indexOf("fill-opacity=\"0.14\"")).isLessThan(svg.indexOf("<circle cx"));
    assertThat(svg)
        .contains("fill=\"none\" stroke=\"#222222\" stroke-width=\"1\" stroke-dasharray");
    assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
        .contains("the shaded area around it is the margin of the answers (±2.1 points for People")
        .contains("reaches People and Flexible (read as between People and Flexible)")
        .contains("the dashed outline around the arrowhead is the margin under conflict");
    assertThat(svg).contains(">margin of the answers<", ">the same under conflict<");
    assertThat(svg).doesNotContain("style=");
    assertThat(without).doesNotContain("margin of the answers");
  }

  @Test
  void aLabelDoesNotCoverTheArrowheadBesideIt() throws Exception {
    // the arrow ends up and to the right of the dot, where a label goes first
    double[] dot = TriangleSvg.xy(new double[] {40, 30, 30});
    double[] tip = TriangleSvg.xy(new double[] {36, 33, 31});
    assertThat(tip[0] - dot[0]).isBetween(3.0, 12.0);
    assertThat(dot[1] - tip[1]).isBetween(3.0, 12.0);
    Marker you = Marker.self("You", new DriveScores(40, 30, 30), new DriveScores(36, 33, 31));
    Document doc = parse(drawer.render("Your profile", List.of(you)));
    NodeList texts = doc.getElementsByTagName("text");
    Element label = null;
    for (int i = 0; i < texts.getLength(); i++) {
      if ("You".equals(texts.item(i).getTextContent())) {
        label = (Element) texts.item(i);
      }
    }
    assertThat(label).isNotNull();
    double x = Double.parseDouble(label.getAttribute("x"));
    double baseline = Double.parseDouble(label.getAttribute("y"));
    double width = 3 * 6.6;
    boolean toTheLeft = "end".equals(label.getAttribute("text-anchor"));
    double left = toTheLeft ? x - width : x;
    double right = toTheLeft ? x : x + width;
    boolean covers =
        tip[0] > left - 4 && tip[0] < right + 4 && tip[1] > baseline - 14 && tip[1] < baseline + 7;
    assertThat(covers)
        .as("label at %s,%s covers the arrowhead at %s,%s", x, baseline, tip[0], tip[1])
        .isFalse();
  }

  @Test
  void placesVerticesWherePromised() {
    assertThat(TriangleSvg.xy(new double[] {0, 100, 0})[1])
        .isLessThan(TriangleSvg.xy(new double[] {100, 0, 0})[1]);
    assertThat(TriangleSvg.xy(new double[] {100, 0, 0})[0])
        .isLessThan(TriangleSvg.xy(new double[] {0, 0, 100})[0]);
  }
}
