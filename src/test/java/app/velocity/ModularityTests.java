package app.velocity;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as their package-info declares; writes their docs. */
@Tag("smoke")
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(VelocityApplication.class);

  @Test
  void modulesRespectTheirDeclaredDependencies() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeDocumentation();
  }
}
