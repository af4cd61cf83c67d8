/**
 * Goal-attainment scaling: behaviour goals with five levels described up front, scored at reviews
 * and combined into the Kiresuk–Sherman T-score (see {@code docs/goal-attainment.md}). Plain Java
 * with no Spring.
 */
package app.velocity.coaching.goals;
