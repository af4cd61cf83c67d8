package app.velocity.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaperTest {

  @Test
  void readsA4AndLetterInAnyCaseAndDefaultsToA4() {
    assertThat(Paper.parse("a4")).isEqualTo(Paper.A4);
    assertThat(Paper.parse("Letter")).isEqualTo(Paper.LETTER);
    assertThat(Paper.parse("US-Letter")).isEqualTo(Paper.LETTER);
    assertThat(Paper.parse(null)).isEqualTo(Paper.A4);
    assertThat(Paper.LETTER.cssSize()).isEqualTo("letter");
  }

  @Test
  void refusesOtherSizesNamingTheParameter() {
    assertThatThrownBy(() -> Paper.parse("A3")).hasMessageStartingWith("paper:");
  }
}
