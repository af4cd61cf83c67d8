/**
 * Change that lasts: coaching engagements with the agreement on who sees what, behaviour goals with
 * goal-attainment levels, action commitments and the executive's journal.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "identity", "shell", "mail"})
package app.velocity.coaching;
