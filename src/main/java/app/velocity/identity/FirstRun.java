package app.velocity.identity;

import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The first firm admin. Velocity has no default password: while no firm admin exists the first
 * visitor is led to create one, or {@code VELOCITY_ADMIN_EMAIL} and {@code VELOCITY_ADMIN_PASSWORD}
 * create one at start-up.
 */
@Service
@Order(0)
public class FirstRun implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

  private final Directory directory;
  private final Credentials credentials;
  private final String adminEmail;
  private final String adminPassword;
  // Once a firm admin exists one always will (the last cannot be deactivated): remember it.
  private volatile boolean done;

  FirstRun(
      Directory directory,
      Credentials credentials,
      @Value("${velocity.admin.email:}") String adminEmail,
      @Value("${velocity.admin.password:}") String adminPassword) {
    this.directory = directory;
    this.credentials = credentials;
    this.adminEmail = adminEmail;
    this.adminPassword = adminPassword;
  }

  public boolean needsSetup() {
    if (!done) {
      done = directory.hasActiveFirmAdmin();
    }
    return !done;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (StringUtils.hasText(adminEmail) && needsSetup()) {
      if (!StringUtils.hasText(adminPassword)) {
        throw new IllegalStateException(
            "VELOCITY_ADMIN_EMAIL is set but VELOCITY_ADMIN_PASSWORD is not; set both or neither");
      }
      createFirmAdmin("Velocity", "Firm admin", adminEmail, adminPassword, adminPassword);
      log.info("Created the firm admin from VELOCITY_ADMIN_EMAIL");
    }
  }

  /** Creates the firm and its first admin; refuses once any firm admin exists. */
  @Transactional
  public synchronized PersonView createFirmAdmin(
      String firmName, String name, String email, String password, String confirmation) {
    if (!needsSetup()) {
      throw new IllegalStateException("Velocity is already set up; sign in instead.");
    }
    PasswordPolicy.check(password, confirmation);
    directory.nameFirm(firmName);
    PersonView admin = directory.addPerson(new NewPerson(name, email, Role.FIRM_ADMIN, null, null));
    credentials.setPassword(admin.id(), password);
    done = true;
    return admin;
  }
}
