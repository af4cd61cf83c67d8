/**
 * Stakeholder mini-survey results: answers of one or more waves aggregated per goal, rater group
 * and wave, under privacy rules that the aggregator enforces itself, so that no screen, filter or
 * comparison of waves can reveal what one rater answered. Plain Java with no Spring; see {@code
 * docs/survey-privacy.md} for the rules and the attacks they answer.
 */
package app.velocity.feedback.results;
