/**
 * The append-only record of who read whose sensitive data (a profile, a report, survey results), as
 * docs/design.md §1 requires. Modules write to it through {@link app.velocity.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organisations"})
package app.velocity.audit;
