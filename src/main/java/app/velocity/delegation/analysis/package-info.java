/**
 * Delegation analysis: how well a person's motives fit a piece of work, and whether an executive's
 * record of delegation leans toward people motivated like himself once fit is taken into account.
 * Plain Java with no Spring, so that it can be tested in milliseconds and reused by the delegation
 * module's services. Exposed as the named interface {@code analysis} so that callers of the
 * module's API can name its value types (such as {@link
 * app.velocity.delegation.analysis.Criticality}).
 */
@org.springframework.modulith.NamedInterface("analysis")
package app.velocity.delegation.analysis;
