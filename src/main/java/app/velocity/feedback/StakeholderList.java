package app.velocity.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The stakeholders of an engagement and whether the coach has agreed to them. The list is agreed
 * while it is exactly the list the coach confirmed: {@code fingerprint} stands for the stakeholders
 * as they are, so that adding or removing anyone after the confirmation needs a new one before the
 * next wave, without anyone having to remember to withdraw the old one.
 *
 * @param confirmedAt when the coach last confirmed a list, or null
 * @param confirmedFingerprint the fingerprint of the list they confirmed then, or null
 */
public record StakeholderList(
    List<Stakeholder> stakeholders, Instant confirmedAt, String confirmedFingerprint) {

  public StakeholderList {
    stakeholders = List.copyOf(stakeholders);
  }

  /** Stands for these stakeholders, their addresses and groups, in no particular order. */
  public String fingerprint() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      stakeholders.stream()
          .sorted(Comparator.comparing(s -> s.id().toString()))
          .forEach(
              s ->
                  digest.update(
                      (s.id() + "|" + s.email() + "|" + s.group() + "\n")
                          .getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public int size() {
    return stakeholders.size();
  }

  /** The coach has confirmed exactly this list. */
  public boolean confirmed() {
    return confirmedAt != null && fingerprint().equals(confirmedFingerprint);
  }

  /** The coach confirmed a list, and it has changed since. */
  public boolean changedSinceConfirmed() {
    return confirmedAt != null && !confirmed();
  }

  /** Between the smallest and the largest list a survey asks. */
  public boolean sizeAgreeable() {
    return size() >= Surveys.MIN_STAKEHOLDERS && size() <= Surveys.MAX_STAKEHOLDERS;
  }

  /**
   * Why this list cannot be agreed, or empty: too short or too long, an address of the executive's
   * own, or one person named twice. Adding a stakeholder refuses each of these already; this checks
   * again what was named before the rules, or before the executive's own address changed.
   */
  public Optional<String> problem(String executiveEmail) {
    if (!sizeAgreeable()) {
      return Optional.of(
          "A survey asks "
              + Surveys.MIN_STAKEHOLDERS
              + " to "
              + Surveys.MAX_STAKEHOLDERS
              + " stakeholders; the list has "
              + size()
              + ".");
    }
    String own = executiveEmail == null ? null : Mailboxes.of(executiveEmail);
    var seen = new HashMap<String, Stakeholder>();
    for (Stakeholder s : stakeholders) {
      String mailbox = Mailboxes.of(s.email());
      if (mailbox.equals(own)) {
        return Optional.of(
            s.email() + " reaches the executive's own mailbox: remove it from the list.");
      }
      Stakeholder before = seen.putIfAbsent(mailbox, s);
      if (before != null) {
        return Optional.of(
            s.email()
                + " and "
                + before.email()
                + " reach the same mailbox: each person is named once; remove one of them.");
      }
    }
    return Optional.empty();
  }
}
