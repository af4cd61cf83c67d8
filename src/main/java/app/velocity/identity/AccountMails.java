package app.velocity.identity;

import app.velocity.mail.Mail;
import app.velocity.mail.MailText;
import app.velocity.mail.Mailer;
import app.velocity.organisations.PersonView;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails about a person's account. Each link is written as a {@link MailText#link}, so that the
 * outbox shows firm admins the mail with the link's secret masked; subjects name nothing but the
 * purpose.
 */
@Component
class AccountMails {

  private final Mailer mailer;
  private final String baseUrl;

  AccountMails(Mailer mailer, @Value("${velocity.base-url}") String baseUrl) {
    this.mailer = mailer;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  void passwordReset(PersonView person, String secret) {
    mailer.send(
        new Mail(
            person.email(),
            "Reset your Velocity password",
            new MailText()
                .text("Hello " + person.name() + ",\n\n")
                .text("Someone (we hope you) asked to reset your Velocity password.")
                .text(" Choose a new one here within the next hour:\n\n")
                .link(baseUrl + "/reset/", secret)
                .text("\n\nThe link works once. If it was not you, ignore this message; your")
                .text(" password stays as it is.\n")));
  }

  void invitationToJoin(PersonView invitee, String invitedBy, String firm, String secret) {
    mailer.send(
        new Mail(
            invitee.email(),
            "You are invited to Velocity",
            new MailText()
                .text("Hello " + invitee.name() + ",\n\n")
                .text(invitedBy + " invites you to " + firm + " on Velocity as ")
                .text(invitee.role().label().toLowerCase(Locale.ROOT))
                .text(". Choose your password here within ")
                .text(LinkPurpose.JOIN.validity().toDays() + " days:\n\n")
                .link(baseUrl + "/join/", secret)
                .text("\n\nThe link works once.\n")));
  }

  void signInLink(PersonView person, String secret) {
    mailer.send(
        new Mail(
            person.email(),
            "Your Velocity sign-in link",
            new MailText()
                .text("Hello " + person.name() + ",\n\n")
                .text("Someone (we hope you) asked for a link to sign in to Velocity without a")
                .text(" password. Open it within ")
                .text(LinkPurpose.SIGN_IN.validity().toMinutes() + " minutes:\n\n")
                .link(baseUrl + "/sign-in/link/", secret)
                .text("\n\nThe link works once. If it was not you, ignore this message: nobody")
                .text(" can use the link without your mailbox.\n")));
  }

  void passwordChanged(PersonView person) {
    mailer.send(
        new Mail(
            person.email(),
            "Your Velocity password was changed",
            new MailText()
                .text("Hello " + person.name() + ",\n\n")
                .text("The password of your Velocity account was just changed, and every other")
                .text(" session of yours was signed out.\n\n")
                .text("If it was not you, choose a new password at once at ")
                .text(baseUrl + "/reset")
                .text(" and tell your firm's Velocity administrator.\n")));
  }

  /** Tells the old address that a firm admin moved the account to another one. */
  void addressChanged(String name, String from, String to) {
    mailer.send(
        new Mail(
            from,
            "Your Velocity sign-in address was changed",
            new MailText()
                .text("Hello " + name + ",\n\n")
                .text("Your firm's Velocity administrator changed the address you sign in with")
                .text(" to " + to + ". Your password is unchanged. Until you next sign in with it,")
                .text(" Velocity sends no password-reset or sign-in link to the new address.\n\n")
                .text("If you did not expect this, tell your firm's administrator or your coach")
                .text(" before you do anything else.\n")));
  }
}
