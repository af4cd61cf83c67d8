package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One mailbox however its address is spelt; two people stay two where the spelling may matter. */
class MailboxesTest {

  @Test
  void capitalsAndSpacesDoNotMakeAnotherMailbox() {
    assertThat(Mailboxes.of("  Sam.Okafor@Northwind.Example "))
        .isEqualTo("sam.okafor@northwind.example");
  }

  @Test
  void aPlusTagIsDroppedForEveryDomain() {
    assertThat(Mailboxes.of("sam+peer1@northwind.example")).isEqualTo("sam@northwind.example");
    assertThat(Mailboxes.of("sam+a+b@corp.test")).isEqualTo("sam@corp.test");
    assertThat(Mailboxes.of("sam+@corp.test")).isEqualTo("sam@corp.test");
  }

  @Test
  void dotsAreDroppedOnlyWhereTheProviderIgnoresThem() {
    assertThat(Mailboxes.of("s.a.m.okafor@gmail.com")).isEqualTo("samokafor@gmail.com");
    assertThat(Mailboxes.of("Sam.Okafor+x@googlemail.com")).isEqualTo("samokafor@gmail.com");
    // elsewhere jane.doe and janedoe may be two people
    assertThat(Mailboxes.of("jane.doe@corp.test")).isNotEqualTo(Mailboxes.of("janedoe@corp.test"));
  }

  @Test
  void anAddressMadeOnlyOfATagOrDotsIsKeptAsItIs() {
    assertThat(Mailboxes.of("+tag@corp.test")).isEqualTo("+tag@corp.test");
    assertThat(Mailboxes.of("...@gmail.com")).isEqualTo("...@gmail.com");
  }
}
