/**
 * Working through others: pieces of work, the delegation advisor that ranks candidates by
 * motivational fit, and the measurement of the executive's comfort bias.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "motivation",
      "organisations",
      "identity",
      "shell",
      "inventory",
      "relationships"
    })
package app.velocity.delegation;
