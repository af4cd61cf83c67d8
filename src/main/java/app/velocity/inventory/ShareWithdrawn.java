package app.velocity.inventory;

import app.velocity.organisations.PersonId;

/**
 * The owner stopped sharing their result with the viewer. Published inside the transaction that
 * withdraws the share, so that modules which keep anything of the owner's result for that viewer (a
 * delegation decision's snapshot) drop it in the same commit: the moment the owner is told "they no
 * longer see your result anywhere", it is true, also in the database.
 */
public record ShareWithdrawn(PersonId owner, PersonId viewer) {}
