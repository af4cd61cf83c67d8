package app.velocity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

  @Test
  void deliversEverythingAndPreviewsLinksMaskedAndContentLeftOut() {
    Mail mail =
        new Mail(
            "ada@example.test",
            "Reset",
            new MailText()
                .text("Hello Ada,\n")
                .link("https://v.example/reset/", "s3cr3t-256-bits")
                .text("\n")
                .withheld("Your goal: delegate by fit"));
    assertThat(mail.body())
        .isEqualTo(
            "Hello Ada,\nhttps://v.example/reset/s3cr3t-256-bits\nYour goal: delegate by fit");
    assertThat(mail.preview())
        .isEqualTo(
            "Hello Ada,\nhttps://v.example/reset/" + MailText.MASK + "\n" + MailText.WITHHELD)
        .doesNotContain("s3cr3t")
        .doesNotContain("delegate");
  }

  @Test
  void aMailFromAPlainBodyHasNoPreviewAtAll() {
    assertThat(new Mail("ada@example.test", "Survey", "https://v.example/survey/abc").preview())
        .isNull();
  }
}
