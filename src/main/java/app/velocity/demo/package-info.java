/**
 * Demo mode ({@code VELOCITY_DEMO=true}): a demo firm with coaches, two client organisations,
 * executives, colleagues and sponsors, created through the same services the app uses.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "organisations",
      "identity",
      "coaching",
      "delegation",
      "delegation :: analysis",
      "feedback",
      "inventory",
      "mail",
      "motivation",
      "relationships"
    })
package app.velocity.demo;
