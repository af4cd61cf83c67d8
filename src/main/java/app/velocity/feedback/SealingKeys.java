package app.velocity.feedback;

import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The key held answers are sealed with. {@code VELOCITY_SURVEY_KEY} (the same on every instance)
 * keeps it out of the database, so that a database reader cannot open an answer of an open wave.
 * Without it Velocity still works: it makes a key once and keeps it in the database, which every
 * instance then shares, and says at start-up that a database reader can open held answers.
 */
@Component
class SealingKeys {

  private static final Logger log = LoggerFactory.getLogger(SealingKeys.class);
  private static final String NAME = "sealing";

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;
  private final AnswerSeal configured;
  private volatile AnswerSeal stored;

  SealingKeys(
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      @Value("${velocity.survey.key:}") String key) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.configured = key == null || key.isBlank() ? null : AnswerSeal.of(key);
    if (configured == null) {
      log.warn(
          "VELOCITY_SURVEY_KEY is not set: answers of open survey waves are sealed with a key kept"
              + " in the database, so a database reader could open them. Set it on every instance"
              + " (openssl rand -base64 32); see docs/deployment.md.");
    }
  }

  /** The key new answers are sealed with. */
  AnswerSeal current() {
    return configured != null ? configured : stored();
  }

  /**
   * The key a held answer was sealed with, when this instance has it: the configured one, or the
   * one in the database (answers held before the key was configured).
   */
  Optional<AnswerSeal> named(String keyId) {
    if (configured != null && configured.keyId().equals(keyId)) {
      return Optional.of(configured);
    }
    return storedIfAny().filter(seal -> seal.keyId().equals(keyId));
  }

  private AnswerSeal stored() {
    AnswerSeal seal = stored;
    if (seal != null) {
      return seal;
    }
    Optional<AnswerSeal> found = storedIfAny();
    if (found.isPresent()) {
      return found.get();
    }
    // in a transaction of its own: a clash with another instance must not spoil the caller's
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.sql("insert into survey_keys (name, key_value) values (?, ?)")
                  .param(NAME)
                  .param(Base64.getEncoder().encodeToString(AnswerSeal.newKey()))
                  .update());
    } catch (DuplicateKeyException another) {
      // another instance made it at the same moment: use theirs
    }
    return storedIfAny().orElseThrow();
  }

  private Optional<AnswerSeal> storedIfAny() {
    if (stored != null) {
      return Optional.of(stored);
    }
    Optional<AnswerSeal> found =
        jdbc.sql("select key_value from survey_keys where name = ?")
            .param(NAME)
            .query(String.class)
            .optional()
            .map(AnswerSeal::of);
    found.ifPresent(seal -> stored = seal);
    return found;
  }
}
