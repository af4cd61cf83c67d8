package app.velocity.inventory;

import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.ItemBank;
import app.velocity.organisations.PersonId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking the inventory: start or resume a response, save answers one at a time, submit. Every
 * method takes the person acting and treats someone else's response as not found, so no caller can
 * read or write into another person's answers.
 */
@Service
public class Inventory {

  private static final SecureRandom SEEDS = new SecureRandom();

  private final Responses responses;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Inventory(Responses responses, ApplicationEventPublisher events, Clock clock) {
    this.responses = responses;
    this.events = events;
    this.clock = clock;
  }

  /** The person's unfinished response, if any. */
  public Optional<InventoryResponse> open(PersonId person) {
    return responses.open(person);
  }

  /**
   * The unfinished response to continue, or a new one on the current item bank: there is never more
   * than one response in progress, whether it is a first take or a retake. The database holds that
   * invariant: when two starts race, the second insert is refused and resumes the first.
   * (Deliberately not one transaction: on PostgreSQL a refused insert would abort it.)
   */
  public InventoryResponse startOrResume(PersonId person) {
    return responses.open(person).orElseGet(() -> start(person));
  }

  private InventoryResponse start(PersonId person) {
    UUID id = UUID.randomUUID();
    try {
      responses.create(id, person, ItemBank.CURRENT_VERSION, SEEDS.nextLong(), now());
    } catch (org.springframework.dao.DuplicateKeyException raced) {
      return responses.open(person).orElseThrow(() -> raced);
    }
    return responses.find(id).orElseThrow();
  }

  /**
   * The person's own response.
   *
   * @throws ResponseNotFound when there is none with this id or it belongs to someone else
   */
  public InventoryResponse response(PersonId person, UUID id) {
    return responses
        .find(id)
        .filter(r -> r.person().equals(person))
        .orElseThrow(ResponseNotFound::new);
  }

  /**
   * Saves the points given to one item (ending id to points), replacing an earlier answer, and
   * returns the response as it now stands: read with its answers in one statement, checked, and the
   * new answer counted in, so its progress is known without reading again.
   *
   * <p>No transaction: the write is one statement, atomic by itself (an insert that loses a race
   * with a double click becomes an update), and the owner and item bank version read before it
   * never change. Saving an answer is the most frequent write there is; a transaction would add a
   * round trip and its bookkeeping to each. {@code SUPPORTS} still keeps one pooled connection for
   * the whole call.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public InventoryResponse answer(
      PersonId person, UUID responseId, String itemId, Map<String, Integer> points) {
    InventoryResponse response = response(person, responseId);
    Answer answer = response.answer(itemId, points);
    responses.saveAnswer(responseId, answer, now());
    return response;
  }

  /** As {@link #answer}, from what was typed into the form (blank counts as 0). */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Answer answerTyped(
      PersonId person, UUID responseId, String itemId, Map<String, String> typed) {
    Responses.Header header = ownHeader(person, responseId);
    Answer answer = withoutAnswers(header).answerTyped(itemId, typed);
    responses.saveAnswer(responseId, answer, now());
    return answer;
  }

  /**
   * Submits a complete response, stores its result and announces it.
   *
   * @throws InventoryIncomplete when items are unanswered (nothing is stored)
   * @throws ResponseAlreadyCompleted when it was submitted before
   */
  @Transactional
  public ProfileResult complete(PersonId person, UUID responseId) {
    InventoryResponse response = response(person, responseId);
    if (response.isCompleted()) {
      throw new ResponseAlreadyCompleted();
    }
    var profile = response.score();
    Instant now = now();
    if (!responses.markCompleted(responseId, now)) {
      throw new ResponseAlreadyCompleted();
    }
    ProfileResult result =
        new ProfileResult(
            UUID.randomUUID(),
            person,
            response.version(),
            profile,
            now,
            response.spread(Condition.GOING_WELL),
            response.spread(Condition.CONFLICT));
    responses.saveResult(result, responseId);
    events.publishEvent(new ProfileCompleted(person, result.id()));
    return result;
  }

  /** Databases keep microseconds; results read back must equal the ones returned. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private Responses.Header ownHeader(PersonId person, UUID responseId) {
    return responses
        .header(responseId)
        .filter(h -> h.person().equals(person))
        .orElseThrow(ResponseNotFound::new);
  }

  /** A response without answers, enough to check one answer against its bank version. */
  private static InventoryResponse withoutAnswers(Responses.Header h) {
    return new InventoryResponse(
        h.id(),
        h.person(),
        h.version(),
        h.seed(),
        h.startedAt(),
        h.completedAt(),
        java.util.List.of());
  }
}
