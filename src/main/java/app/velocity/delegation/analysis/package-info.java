/**
 * Delegation analysis: how well a person's motives fit a piece of work, and whether an executive's
 * record of delegation leans toward people motivated like himself once fit is taken into account.
 * Plain Java with no Spring, so that it can be tested in milliseconds and reused by the delegation
 * module's services.
 */
package app.velocity.delegation.analysis;
