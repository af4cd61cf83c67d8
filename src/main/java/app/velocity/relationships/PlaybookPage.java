package app.velocity.relationships;

import app.velocity.motivation.report.Section;
import java.util.List;

/**
 * The pair playbook of the executive and one person on their map, or why there is none yet.
 *
 * @param ownResult whether the executive has a result (without one there is no playbook)
 * @param colleague what the executive may know of the colleague's profile
 * @param sections the playbook, empty when either profile is missing
 * @param svg both on one triangle; empty when either profile is missing
 */
public record PlaybookPage(
    String personId,
    String name,
    boolean ownResult,
    KnownProfile colleague,
    List<Section> sections,
    String svg,
    String visibility) {

  public boolean ready() {
    return !sections.isEmpty();
  }

  /** How sure the colleague's side is, in words. */
  public String basis() {
    if (!colleague.known()) {
      return name + " has no profile you may see yet.";
    }
    if (!colleague.estimate()) {
      return "From your own result and "
          + name
          + "'s own result, which "
          + name
          + " shared with you.";
    }
    return "From your own result and an estimate of "
        + name
        + " ("
        + (colleague.estimators() > 1 ? colleague.estimators() + " estimates combined, " : "")
        + Math.round(colleague.confidence() * 100)
        + "% confidence): an estimate is less certain than a result "
        + name
        + " took, so hold these sentences more lightly.";
  }
}
