package app.velocity.delegation;

import app.velocity.organisations.CurrentUser;
import java.util.List;

/**
 * Whom the advisor may propose to an executive, each with the profile the executive may see. The
 * advisor, the decisions and the analysis depend only on this, never on where candidates come from,
 * so the source can change (the organisation today, the relationship map later) without touching
 * them.
 */
interface CandidatePool {

  /** The executive's candidates, in no particular order; the executive never appears. */
  List<CandidateProfile> candidatesFor(CurrentUser executive);
}
