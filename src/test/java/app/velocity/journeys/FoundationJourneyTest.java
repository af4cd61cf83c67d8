package app.velocity.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.mail.Mailer;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The first hour of a new firm, in real Chromium against a fresh database: create the firm admin,
 * add a coach, add an organisation, import its people from CSV, sign out, and sign in as the coach
 * through the invitation link from the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CleanDatabase.class)
@TestPropertySource(properties = "velocity.journey=foundation")
class FoundationJourneyTest {

  @LocalServerPort int port;
  @Autowired Mailer mailer;

  @Test
  void aNewFirmSetsUpAndItsCoachSignsIn() throws Exception {
    try (Browser browser = new Browser("http://localhost:" + port, "foundation")) {
      Page page = browser.newPage();
      java.util.Set<String> hosts = java.util.concurrent.ConcurrentHashMap.newKeySet();
      page.context().onRequest(request -> hosts.add(java.net.URI.create(request.url()).getHost()));

      page.navigate("/");
      assertThat(page).hasURL(Pattern.compile(".*/setup$"));
      browser.screenshot(page, "setup");
      page.getByLabel("Name of your coaching firm").fill("Northwind Coaching");
      page.getByLabel("Your name").fill("Ada Admin");
      page.getByLabel("Your e-mail").fill("ada@northwind.test");
      page.locator("#password").fill("short");
      page.getByLabel("The same password again").fill("short");
      // the browser's own minlength check stops the form; bypass it to see the server's message
      page.evaluate("document.querySelector('form[action=\"/setup\"]').noValidate = true");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the firm admin"))
          .click();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("at least 10");
      assertThat(page.getByLabel("Your e-mail")).hasValue("ada@northwind.test");
      browser.screenshot(page, "setup-error-keeps-input");
      page.locator("#password").fill("a long admin password");
      page.getByLabel("The same password again").fill("a long admin password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the firm admin"))
          .click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Hello, Ada Admin");
      browser.screenshot(page, "admin-home");

      page.getByRole(AriaRole.NAVIGATION).getByText("Coaches").click();
      page.getByLabel("Name").fill("Chris Coach");
      page.getByLabel("E-mail").fill("chris@northwind.test");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Chris Coach is added");
      page.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send an invitation to join"))
          .click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("Invitation sent");
      browser.screenshot(page, "coach-invited");

      page.getByRole(AriaRole.NAVIGATION).getByText("Organisations").click();
      page.getByLabel("Name").fill("Contoso Ltd");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .containsText("Contoso Ltd");

      Path bad = Files.createTempFile("people-bad", ".csv");
      Files.writeString(
          bad,
          "name,email,role\nDana Exec,dana@contoso.test,executive\nEli,not-an-email,colleague\n",
          StandardCharsets.UTF_8);
      page.getByLabel("CSV file").setInputFiles(bad);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("Line 3");
      assertThat(page.getByRole(AriaRole.ALERT)).containsText("Nothing was imported");
      browser.screenshot(page, "csv-errors");

      Path good = Files.createTempFile("people", ".csv");
      Files.writeString(
          good,
          "name,email,role,title\nDana Exec,dana@contoso.test,executive,COO\nEli Colleague,eli@contoso.test,colleague,Engineer\nFay Sponsor,fay@contoso.test,sponsor,HR Director\n",
          StandardCharsets.UTF_8);
      page.getByLabel("CSV file").setInputFiles(good);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
      assertThat(page.getByRole(AriaRole.STATUS)).containsText("3 people imported");
      assertThat(page.getByRole(AriaRole.TABLE)).containsText("Dana Exec");
      browser.screenshot(page, "people-imported");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
      assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?signedOut$"));
      browser.screenshot(page, "signed-out");

      String mail = mailer.to("chris@northwind.test").get(0).body();
      Matcher link = Pattern.compile("http://localhost(/join/\\S+)").matcher(mail);
      org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
      page.navigate(link.group(1));
      page.locator("#password").fill("the coach's password");
      page.getByLabel("The same password again").fill("the coach's password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Hello, Chris Coach");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

      page.getByLabel("E-mail").fill("chris@northwind.test");
      page.getByLabel("Password").fill("the coach's password");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
          .hasText("Hello, Chris Coach");
      assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Clients");
      assertThat(page.getByRole(AriaRole.NAVIGATION)).not().containsText("Organisations");
      browser.screenshot(page, "coach-home");

      page.navigate("/api/v1/docs");
      assertThat(page.getByText("Velocity API").first()).isVisible();
      browser.screenshot(page, "api-docs");

      // every page, script and stylesheet came from Velocity itself
      org.assertj.core.api.Assertions.assertThat(hosts).containsOnly("localhost");
    }
  }
}
