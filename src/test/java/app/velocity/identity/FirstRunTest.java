package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** VELOCITY_ADMIN_EMAIL and VELOCITY_ADMIN_PASSWORD create the firm admin at start-up. */
@SpringBootTest(
    properties = {
      "velocity.admin.email=ops@firm.test",
      "velocity.admin.password=an automated secret"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabase.class)
@Tag("smoke")
class FirstRunTest {

  @Autowired Directory directory;
  @Autowired FirstRun firstRun;
  @Autowired MockMvc mvc;

  @Test
  void createsTheFirmAdminFromTheEnvironmentOnce() throws Exception {
    assertThat(directory.withRole(Role.FIRM_ADMIN))
        .singleElement()
        .satisfies(admin -> assertThat(admin.email()).isEqualTo("ops@firm.test"));
    assertThat(firstRun.needsSetup()).isFalse();
    SignInSupport.signIn(mvc, "ops@firm.test", "an automated secret");
    firstRun.run(null);
    assertThat(directory.withRole(Role.FIRM_ADMIN)).hasSize(1);
    assertThatThrownBy(
            () -> firstRun.createFirmAdmin("X", "Intruder", "x@firm.test", "long enough pw", null))
        .isInstanceOf(IllegalStateException.class);
  }
}
