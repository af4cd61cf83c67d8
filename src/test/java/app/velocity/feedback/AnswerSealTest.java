package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.feedback.results.FollowUp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A held answer opens only with its key and for its wave, and its size says nothing. */
class AnswerSealTest {

  private final AnswerSeal seal = new AnswerSeal(AnswerSeal.newKey());
  private final UUID wave = UUID.randomUUID();

  private static AnswerSeal.Held answer(String suggestion, int goals) {
    var scores = new LinkedHashMap<UUID, Integer>();
    for (int i = 0; i < goals; i++) {
      scores.put(UUID.randomUUID(), i % 2 == 0 ? i % 7 - 3 : null);
    }
    return new AnswerSeal.Held(StakeholderGroup.MANAGER, scores, FollowUp.OFTEN, suggestion);
  }

  @Test
  void opensToWhatWasSealed() {
    AnswerSeal.Held held = answer("Bring the team's options, not only yours ✓", 3);
    assertThat(seal.open(wave, seal.seal(wave, held))).isEqualTo(held);
    AnswerSeal.Held none = answer(null, 1);
    assertThat(seal.open(wave, seal.seal(wave, none))).isEqualTo(none);
  }

  @Test
  void everyAnswerSealsToTheSameLengthAndShowsNothingOfItself() {
    String longest = "ü".repeat(SurveyAnswers.SUGGESTION_MAX);
    byte[] big = seal.seal(wave, answer(longest, 20));
    byte[] small = seal.seal(wave, answer(null, 1));
    assertThat(big).hasSameSizeAs(small);
    byte[] text = "Bring the team".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = seal.seal(wave, answer("Bring the team's options", 1));
    assertThat(indexOf(sealed, text)).isEqualTo(-1);
    // sealing the same answer twice gives two different texts (a fresh nonce each time)
    AnswerSeal.Held same = answer("same", 1);
    assertThat(seal.seal(wave, same)).isNotEqualTo(seal.seal(wave, same));
  }

  @Test
  void doesNotOpenForAnotherWaveOrWithAnotherKey() {
    byte[] sealed = seal.seal(wave, answer("x", 1));
    assertThatThrownBy(() -> seal.open(UUID.randomUUID(), sealed))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new AnswerSeal(AnswerSeal.newKey()).open(wave, sealed))
        .isInstanceOf(IllegalStateException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> seal.open(wave, sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConfiguredKeyMustBe32BytesOfBase64() {
    String key = Base64.getEncoder().encodeToString(AnswerSeal.newKey());
    assertThat(AnswerSeal.of(key).keyId()).isEqualTo(AnswerSeal.of(key).keyId()).hasSize(16);
    assertThatThrownBy(() -> AnswerSeal.of("not base64!"))
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> AnswerSeal.of(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("32 bytes");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
