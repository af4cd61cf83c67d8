package app.velocity.identity;

import app.velocity.identity.ThrottleRule.GrowingDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without ever locking the owner out (docs/design.md §9). Sign-ins by
 * password (the form and HTTP Basic token creation alike) are counted three ways, each with growing
 * delays rather than a lock:
 *
 * <ul>
 *   <li>per e-mail address and client address: an attacker's failures slow down the attacker's own
 *       address, not the owner's;
 *   <li>per e-mail address from anywhere, with more attempts free: guessing spread over many
 *       addresses is slowed down too (the owner then signs in by an e-mailed link, which no
 *       throttle holds back);
 *   <li>per client address, failures only: one address trying many accounts.
 * </ul>
 *
 * The first two count an attempt before its password is checked, so a burst of attempts at once
 * cannot slip under the limit; a successful sign-in forgets them. Counts are keyed by the address
 * as typed, so an unknown address is throttled exactly like a known one and the answers tell nobody
 * whether it has an account.
 */
@Component
class SignInThrottle {

  static final GrowingDelay PER_ACCOUNT_AND_ADDRESS =
      new GrowingDelay(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

  static final GrowingDelay PER_ACCOUNT =
      new GrowingDelay(10, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

  static final GrowingDelay PER_ADDRESS =
      new GrowingDelay(20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));

  private final Throttles throttles;
  private final ClientAddresses addresses;
  private final Clock clock;
  private final TransactionTemplate transaction;

  SignInThrottle(
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
   * Counts a sign-in about to be tried, before its password is checked.
   *
   * @throws SignInThrottled when it must wait; then nothing is counted
   */
  void reserve(String email, String address) {
    throttles.prepare(pairKey(email, address), accountKey(email));
    Optional<Instant> retryAt =
        transaction.execute(
            status -> {
              Optional<Instant> wait =
                  addresses.isShared(address)
                      ? Optional.empty()
                      : throttles.blockedUntil(addressKey(address));
              if (wait.isEmpty()) {
                wait = throttles.attempt(pairKey(email, address), PER_ACCOUNT_AND_ADDRESS);
              }
              if (wait.isEmpty()) {
                wait = throttles.attempt(accountKey(email), PER_ACCOUNT);
              }
              if (wait.isPresent()) {
                status.setRollbackOnly();
              }
              return wait;
            });
    if (retryAt != null && retryAt.isPresent()) {
      throw new SignInThrottled(Duration.between(clock.instant(), retryAt.get()));
    }
  }

  /** The password was right: the attempts on this account start afresh. */
  void succeeded(String email, String address) {
    transaction.executeWithoutResult(
        status -> {
          throttles.forget(pairKey(email, address));
          throttles.forget(accountKey(email));
        });
  }

  /** The password was wrong (or the account unknown): the client address is counted too. */
  void failed(String address) {
    if (!addresses.isShared(address)) {
      throttles.prepare(addressKey(address));
      transaction.executeWithoutResult(
          status -> throttles.attempt(addressKey(address), PER_ADDRESS));
    }
  }

  /**
   * The owner proved they hold the mailbox (an e-mailed sign-in or reset link): the attempts on
   * their account, from anywhere and from this address, start afresh.
   */
  void ownerProved(String email, String address) {
    succeeded(email, address);
  }

  static String pairKey(String email, String address) {
    return "sign-in:" + normal(email) + "|" + address;
  }

  static String accountKey(String email) {
    return "sign-in:" + normal(email);
  }

  static String addressKey(String address) {
    return "sign-in-from:" + address;
  }

  static String normal(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
