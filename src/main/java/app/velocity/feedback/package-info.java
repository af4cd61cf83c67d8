/**
 * Stakeholder mini-surveys: the executive's stakeholders, the waves the coach sets, no-login answer
 * links with reminders, answers stored apart from who gave them, and results shown only as far as
 * the privacy rules of {@code feedback.results} allow.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "identity", "coaching", "mail", "shell", "audit"})
package app.velocity.feedback;
