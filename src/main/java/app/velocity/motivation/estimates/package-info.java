/**
 * Observer estimates: what a colleague's profile probably is, read from behaviour that others have
 * seen, with a confidence; several estimates combined; and how well each estimator's reading
 * matched the colleague's own result once it was shared. Estimates are never merged into
 * self-reported results. Plain Java, part of the open motivation module.
 */
package app.velocity.motivation.estimates;
