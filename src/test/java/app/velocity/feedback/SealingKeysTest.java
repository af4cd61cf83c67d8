package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.IntegrationTest;
import app.velocity.feedback.results.FollowUp;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Without {@code VELOCITY_SURVEY_KEY}, every instance seals with one key kept in the database, made
 * once even when two instances start sealing at the same moment; set later, the configured key
 * seals new answers and those held before still open.
 */
@IntegrationTest
class SealingKeysTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void forgetTheStoredKey() {
    // the rest of the suite runs with a configured key and checks that none is in the database
    jdbc.sql("delete from survey_keys").update();
  }

  @Test
  void instancesWithoutAConfiguredKeyShareTheOneKeptInTheDatabase() throws Exception {
    jdbc.sql("delete from survey_keys").update();
    var pool = Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> new SealingKeys(jdbc, transactions, "").current().keyId());
      var b = pool.submit(() -> new SealingKeys(jdbc, transactions, "").current().keyId());
      assertThat(a.get()).isEqualTo(b.get());
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.sql("select count(*) from survey_keys").query(Integer.class).single())
        .isEqualTo(1);
    UUID wave = UUID.randomUUID();
    var held =
        new AnswerSeal.Held(StakeholderGroup.PEER, Map.of(), FollowUp.ONCE, "held before the key");
    SealingKeys before = new SealingKeys(jdbc, transactions, "");
    byte[] sealed = before.current().seal(wave, held);
    String storedId = before.current().keyId();

    String configured = Base64.getEncoder().encodeToString(AnswerSeal.newKey());
    SealingKeys after = new SealingKeys(jdbc, transactions, configured);
    assertThat(after.current().keyId()).isNotEqualTo(storedId);
    assertThat(after.named(storedId).orElseThrow().open(wave, sealed)).isEqualTo(held);
    assertThat(after.named("0000000000000000")).isEmpty();
  }

  @Test
  void aMalformedKeyStopsTheStartWithAMessageSayingHowToMakeOne() {
    assertThatThrownBy(() -> new SealingKeys(jdbc, transactions, "change-me"))
        .hasMessageContaining("openssl rand -base64 32");
  }
}
