package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The PDF report, read back with PDFBox: page size, the person's type and scores, the triangle. */
@IntegrationTest
@Tag("smoke")
class ProfileReportPdfTest {

  private static final double MM = 72 / 25.4;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Inventory inventory;

  @Test
  void printsTheSameReportOnA4AndUsLetter() throws Exception {
    PersonView me = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    InventoryFlowTest.takeWhole(inventory, me, new int[] {2, 6, 2}, new int[] {1, 2, 7});
    Cookie session = SignInSupport.signIn(mvc, me);

    byte[] a4 =
        mvc.perform(get("/profile/report.pdf").param("paper", "A4").cookie(session))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/pdf"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    java.nio.file.Path kept = java.nio.file.Path.of("target", "screenshots", "inventory");
    java.nio.file.Files.createDirectories(kept);
    java.nio.file.Files.write(kept.resolve("report-a4.pdf"), a4);
    try (PDDocument pdf = Loader.loadPDF(a4)) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertThat(page.getWidth())
          .isCloseTo((float) (210 * MM), org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getHeight())
          .isCloseTo((float) (297 * MM), org.assertj.core.data.Offset.offset(1f));
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains(me.name());
      assertThat(text).contains("Performance");
      assertThat(text).contains("Going well");
      assertThat(text).contains("60");
      assertThat(text).contains("70");
      assertThat(text).contains("Conflict sequence: Process, then Performance");
      assertThat(text).contains("33⅓");
      assertThat(text).contains("never be used");
    }

    byte[] letter =
        mvc.perform(get("/profile/report.pdf").param("paper", "LETTER").cookie(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument pdf = Loader.loadPDF(letter)) {
      PDRectangle page = pdf.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(page.getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }

    mvc.perform(get("/profile/report.pdf").param("paper", "A3").cookie(session))
        .andExpect(status().isBadRequest());
  }

  @Test
  void thereIsNoPdfBeforeTheFirstResult() throws Exception {
    PersonView me = fixtures.person(Role.COLLEAGUE, fixtures.organisation());
    mvc.perform(get("/profile/report.pdf").cookie(SignInSupport.signIn(mvc, me)))
        .andExpect(status().isNotFound());
  }
}
