/**
 * The motivational values inventory as people take it: responses saved one answer at a time,
 * results, the personal report on screen and as PDF, the API, and the admin's psychometric
 * statistics. Other modules read results only through {@link app.velocity.inventory.Profiles} and
 * the {@link app.velocity.inventory.ProfileCompleted} event.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"motivation", "organisations", "identity", "shell", "audit"})
package app.velocity.inventory;
