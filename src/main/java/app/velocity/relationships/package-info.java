/**
 * Knowing others: invitations with consent, observer estimates, the relationship map, pair
 * playbooks and team views.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "motivation",
      "organisations",
      "identity",
      "shell",
      "inventory",
      "coaching"
    })
package app.velocity.relationships;
