package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Item-bank versions are immutable once anyone has answered them (docs/inventory.md): stored
 * answers refer to items and endings by id, and their meaning must not change underneath them. This
 * test pins each released file's SHA-256, so an accidental edit fails the build. Wording changes go
 * into a new version file; never update a hash here.
 */
class ItemBankVersionsTest {

  @Test
  void version1IsUnchanged() throws Exception {
    assertThat(sha256("/inventory/item-bank-v1.json"))
        .isEqualTo("55aa333bb87560d2b872bbf15ec7d5ff7ea1ff693f4233f2037d683393dfac36");
  }

  @Test
  void version2IsUnchanged() throws Exception {
    assertThat(sha256("/inventory/item-bank-v2.json"))
        .isEqualTo("a05c073f72de1eefeae2588f8098c11f68df5bd9ccf70ab56340573ad728b200");
  }

  private static String sha256(String resource) throws Exception {
    try (InputStream in = ItemBankVersionsTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
