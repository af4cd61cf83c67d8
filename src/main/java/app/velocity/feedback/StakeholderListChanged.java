package app.velocity.feedback;

/**
 * The coach confirmed a stakeholder list that is no longer the list: someone was added or removed
 * after the page was read. Nothing is confirmed; the coach looks at the list again.
 */
class StakeholderListChanged extends IllegalStateException {

  StakeholderListChanged() {
    super(
        "The list of stakeholders changed after you opened the page; nothing was confirmed. Look"
            + " at the list below again, then confirm it.");
  }
}
