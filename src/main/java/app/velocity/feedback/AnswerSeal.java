package app.velocity.feedback;

import app.velocity.feedback.results.FollowUp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a held answer with AES-GCM so that, while its wave is open, the database holds nothing a
 * reader could tie to the stakeholder marked answered in the same transaction: not the scores, not
 * the group, not even the length of the suggestion (every answer is padded to {@link #PADDED}
 * bytes). The wave's id is bound in as associated data, so a sealed answer cannot be moved to
 * another wave. See docs/survey-privacy.md, "Storage".
 */
final class AnswerSeal {

  /** Every sealed answer has this many bytes of plain text: the longest answer fits. */
  static final int PADDED = 2048;

  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private static final byte FORMAT = 1;
  private static final byte DONT_KNOW = Byte.MAX_VALUE;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;
  private final String keyId;

  /**
   * @param key 32 random bytes
   */
  AnswerSeal(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("a survey sealing key has 32 bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
    this.keyId = keyId(key);
  }

  /** From the base64 text of {@code VELOCITY_SURVEY_KEY}. */
  static AnswerSeal of(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "VELOCITY_SURVEY_KEY is not base64; make one with: openssl rand -base64 32");
    }
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "VELOCITY_SURVEY_KEY must be 32 bytes in base64 (openssl rand -base64 32), not "
              + bytes.length
              + " bytes");
    }
    return new AnswerSeal(bytes);
  }

  static byte[] newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** A short name of the key, stored beside each sealed answer; it says nothing of the key. */
  String keyId() {
    return keyId;
  }

  static String keyId(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] id = mac.doFinal("velocity survey key id".getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(id, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One stakeholder's answer as held until the release.
   *
   * @param scores per goal a score -3..3; a goal answered "don't know" is missing
   * @param followUp the follow-up answer (null only in answers stored before it was asked)
   * @param suggestion the suggestion, or null
   */
  record Held(
      StakeholderGroup group, Map<UUID, Integer> scores, FollowUp followUp, String suggestion) {}

  byte[] seal(UUID wave, Held answer) {
    byte[] nonce = new byte[NONCE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(bytes(wave));
      byte[] sealed = cipher.doFinal(padded(answer));
      return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the answer could not be sealed", e);
    }
  }

  /** The held answer; throws when it was sealed with another key or for another wave. */
  Held open(UUID wave, byte[] sealed) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE)));
      cipher.updateAAD(bytes(wave));
      return unpadded(cipher.doFinal(sealed, NONCE, sealed.length - NONCE));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "a held answer of wave " + wave + " does not open with this key", e);
    }
  }

  private static byte[] padded(Held answer) {
    var bytes = new ByteArrayOutputStream(PADDED);
    try (var out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT);
      out.writeByte(answer.group().ordinal());
      out.writeByte(answer.followUp() == null ? -1 : answer.followUp().ordinal());
      out.writeShort(answer.scores().size());
      for (var score : answer.scores().entrySet()) {
        out.writeLong(score.getKey().getMostSignificantBits());
        out.writeLong(score.getKey().getLeastSignificantBits());
        out.writeByte(score.getValue() == null ? DONT_KNOW : score.getValue());
      }
      out.writeBoolean(answer.suggestion() != null);
      out.writeUTF(answer.suggestion() == null ? "" : answer.suggestion());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.size() > PADDED) {
      throw new IllegalStateException("an answer of " + bytes.size() + " bytes does not fit");
    }
    return Arrays.copyOf(bytes.toByteArray(), PADDED);
  }

  private static Held unpadded(byte[] plain) {
    try (var in = new DataInputStream(new ByteArrayInputStream(plain))) {
      if (in.readByte() != FORMAT) {
        throw new IllegalStateException("a held answer of an unknown format");
      }
      StakeholderGroup group = StakeholderGroup.values()[in.readByte()];
      byte frequency = in.readByte();
      FollowUp followUp = frequency < 0 ? null : FollowUp.values()[frequency];
      int goals = in.readShort();
      var scores = new LinkedHashMap<UUID, Integer>();
      for (int i = 0; i < goals; i++) {
        UUID goal = new UUID(in.readLong(), in.readLong());
        byte score = in.readByte();
        scores.put(goal, score == DONT_KNOW ? null : (int) score);
      }
      boolean hasSuggestion = in.readBoolean();
      String suggestion = in.readUTF();
      return new Held(group, scores, followUp, hasSuggestion ? suggestion : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }
}
