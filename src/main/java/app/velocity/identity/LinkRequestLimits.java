package app.velocity.identity;

import app.velocity.identity.ThrottleRule.FixedWindow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

/**
 * Limits how often links are mailed on request (password reset, sign-in by link), so that the forms
 * cannot flood a mailbox or be used to send mail in bulk: per recipient address, and per client
 * address. An address is counted as typed, known or not, so a refusal says nothing about whether it
 * has an account. Every request counted for a recipient mailed them a link if they have an account,
 * so whoever is refused for their own address has a working link in their mailbox already.
 */
@Component
class LinkRequestLimits {

  static final FixedWindow PER_RECIPIENT = new FixedWindow(3, Duration.ofMinutes(15));

  static final FixedWindow PER_CLIENT = new FixedWindow(20, Duration.ofHours(1));

  /** Why a request was refused and how long to wait; the message says what to do meanwhile. */
  record Refusal(Duration retryAfter, String message) {

    /** Answers 429 with when to retry; the page then shows {@link #message}. */
    void answer(HttpServletResponse response) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds() + 1));
    }
  }

  private final Throttles throttles;
  private final ClientAddresses addresses;
  private final Clock clock;
  private final TransactionTemplate transaction;

  LinkRequestLimits(
      Throttles throttles,
      ClientAddresses addresses,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.throttles = throttles;
    this.addresses = addresses;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Answers a form asking for a link by mail to {@code email}: within the limits {@code send} is
   * called, and the page says the same whether or not the address is known; else the page says why
   * not now (429, with the address kept in the form).
   */
  String answer(
      String email,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      String view,
      Consumer<String> send) {
    Optional<Refusal> refused = request(email, request.getRemoteAddr());
    if (refused.isPresent()) {
      refused.get().answer(response);
    } else {
      send.accept(email);
    }
    return page(model, view, email, refused.isEmpty(), refused.map(Refusal::message).orElse(null));
  }

  /** The form asking for a link, or its answer once {@code sent}. */
  static String page(Model model, String view, String email, boolean sent, String error) {
    model.addAttribute("email", email);
    model.addAttribute("sent", sent);
    model.addAttribute("error", error);
    return view;
  }

  /** Counts a request for a link to {@code email} from {@code client}, or says why not now. */
  Optional<Refusal> request(String email, String client) {
    String recipient = "links-to:" + SignInThrottle.normal(email);
    String from = "links-from:" + client;
    if (addresses.isShared(client)) {
      throttles.prepare(recipient);
    } else {
      throttles.prepare(from, recipient);
    }
    return transaction.execute(
        status -> {
          Optional<Instant> wait =
              addresses.isShared(client) ? Optional.empty() : throttles.attempt(from, PER_CLIENT);
          String message = "Too many links were asked for from your network. Try again %s.";
          if (wait.isEmpty()) {
            wait = throttles.attempt(recipient, PER_RECIPIENT);
            message =
                "Links for this address were asked for "
                    + PER_RECIPIENT.limit()
                    + " times in the last "
                    + PER_RECIPIENT.window().toMinutes()
                    + " minutes. If it belongs to an account, the newest of those links in its"
                    + " mailbox works; or ask again %s.";
          }
          if (wait.isEmpty()) {
            return Optional.empty();
          }
          status.setRollbackOnly();
          Duration retryAfter = Duration.between(clock.instant(), wait.get());
          return Optional.of(
              new Refusal(retryAfter, message.formatted(SignInThrottled.inWords(retryAfter))));
        });
  }
}
