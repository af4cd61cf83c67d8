package app.velocity.coaching;

/**
 * The part a person plays in one engagement, which decides what of it they see (docs/design.md §1):
 * the executive owns everything; the coach sees goals, actions, shared journal entries; sponsors
 * see aggregates only; firm admins see that the engagement exists and its status, no content.
 */
public enum Part {
  EXECUTIVE,
  COACH,
  SPONSOR,
  FIRM_ADMIN;

  public boolean seesContent() {
    return this == EXECUTIVE || this == COACH;
  }
}
