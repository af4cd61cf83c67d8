/**
 * Invitations with consent (docs/design.md §3): an executive invites a colleague by e-mail to take
 * the inventory; the colleague opens a single-use link, takes it, and decides whether the inviter
 * may see the result, and can revoke that at any time. Reminders go out at most twice; the
 * invitation lapses at expiry. Who sees a result is decided by {@link
 * app.velocity.inventory.ProfileSharing}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"organisations", "identity", "inventory", "mail", "shell"})
package app.velocity.invitations;
