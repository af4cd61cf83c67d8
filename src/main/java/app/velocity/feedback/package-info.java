/**
 * Stakeholder mini-surveys: the executive's stakeholders as the coach confirmed them, the waves the
 * coach sets, no-login answer links with reminders, answers held sealed apart from who gave them
 * until their wave closes, and each wave's results released once, as far as the privacy rules of
 * {@code feedback.results} allow.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "identity", "coaching", "mail", "shell", "audit"})
package app.velocity.feedback;
