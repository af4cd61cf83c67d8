package app.velocity.feedback;

import java.util.Locale;
import java.util.Set;

/**
 * The mailbox an e-mail address delivers to, so that one person cannot be named twice, nor the
 * executive himself, by spelling an address differently. Lower case throughout (no mail provider in
 * use tells {@code Sam@} from {@code sam@}); a {@code +tag} dropped for every domain, since
 * sub-addressing delivers to the same mailbox wherever it is offered and an address with a plus is
 * nearly always a tag; dots in the local part dropped only for Gmail, the one large provider that
 * documents that dots do not matter. Elsewhere {@code jane.doe@} and {@code janedoe@} may well be
 * two people, so they stay apart (docs/surveys.md).
 */
final class Mailboxes {

  private static final Set<String> DOTS_IGNORED = Set.of("gmail.com", "googlemail.com");

  private Mailboxes() {}

  /**
   * The mailbox of a well-formed address: {@code J.Doe+survey@GMail.com} → {@code jdoe@gmail.com}.
   */
  static String of(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return address;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (DOTS_IGNORED.contains(domain)) {
      String undotted = local.replace(".", "");
      local = undotted.isEmpty() ? local : undotted;
      domain = "gmail.com";
    }
    return local + "@" + domain;
  }
}
