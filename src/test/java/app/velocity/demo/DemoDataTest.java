package app.velocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.SignInSupport;
import app.velocity.organisations.Directory;
import app.velocity.organisations.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Demo mode loads a living firm through the domain services, once. */
@SpringBootTest(properties = "velocity.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabase.class)
@Tag("smoke")
class DemoDataTest {

  @Autowired Directory directory;
  @Autowired DemoData demo;
  @Autowired MockMvc mvc;

  @Test
  void loadsCoachesTwoOrganisationsExecutivesAndColleagues() throws Exception {
    assertThat(directory.withRole(Role.COACH)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(directory.organisations())
        .extracting(o -> o.name())
        .contains("Northwind Logistics", "Fabrikam Health");
    var northwind =
        directory.organisations().stream()
            .filter(o -> o.name().equals("Northwind Logistics"))
            .findFirst()
            .orElseThrow();
    assertThat(directory.peopleIn(northwind.id()))
        .filteredOn(p -> p.role() == Role.COLLEAGUE)
        .hasSizeGreaterThanOrEqualTo(12);
    var maria = directory.personByEmail("coach.maria@demo.velocity.app").orElseThrow();
    assertThat(directory.clientsOf(maria.id()))
        .extracting(p -> p.name())
        .contains("Sam Okafor", "Lena Hoffmann");
    SignInSupport.signIn(mvc, DemoData.ADMIN, DemoData.PASSWORD);
    SignInSupport.signIn(mvc, "sam.okafor@northwind.example", DemoData.PASSWORD);
  }

  @Test
  void runningAgainAddsNothing() throws Exception {
    int before = directory.organisations().size();
    demo.run(null);
    assertThat(directory.organisations()).hasSize(before);
  }
}
