package app.velocity.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.SignInSupport;
import app.velocity.coaching.Coaching;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, class 3: the executive names his own aliases as stakeholders and outvotes the
 * thresholds with sock puppets. Now an address that reaches his own mailbox is refused, each
 * mailbox is named once, and no wave goes out before the coach has confirmed exactly this list.
 */
@IntegrationTest
class StakeholderAgreementTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Coaching coaching;
  @Autowired Surveys surveys;
  @Autowired Mailer mailer;
  @Autowired Directory directory;

  /** Six people the executive really works with: a list that can be agreed. */
  private SurveyWorld world() {
    var groups = new LinkedHashMap<String, String>();
    groups.put("manager", "manager");
    groups.put("peer1", "peer");
    groups.put("peer2", "peer");
    groups.put("peer3", "peer");
    groups.put("report1", "direct-report");
    groups.put("report2", "direct-report");
    return new SurveyWorld(mvc, fixtures, coaching, surveys, mailer, groups, false);
  }

  private static String local(String email) {
    return email.substring(0, email.indexOf('@'));
  }

  private static String domain(String email) {
    return email.substring(email.indexOf('@'));
  }

  private UUID name(SurveyWorld w, String email) {
    return surveys.addStakeholder(CurrentUser.of(w.exec), w.engagement, "Puppet", email, "peer");
  }

  @Test
  @Tag("smoke")
  void theExecutivesOwnAddressIsRefusedHoweverItIsSpelt() {
    SurveyWorld w = world();
    String own = w.exec.email();
    for (String alias :
        List.of(
            own,
            own.toUpperCase(),
            " " + own + " ",
            local(own) + "+peer1" + domain(own),
            local(own).toUpperCase() + "+x+y" + domain(own).toUpperCase())) {
      assertThatThrownBy(() -> name(w, alias))
          .as(alias)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("email: ")
          .hasMessageContaining("your own mailbox");
    }
    assertThat(surveys.stakeholders(CurrentUser.of(w.exec), w.engagement)).hasSize(6);
  }

  @Test
  void aGmailExecutivesDottedAliasesAreHisTooButElsewhereDotsMakeAnotherPerson() {
    var org = fixtures.organisation();
    String gmail = "sam.okafor." + UUID.randomUUID().toString().substring(0, 6) + "@gmail.com";
    PersonView exec =
        directory.addPerson(new NewPerson("Sam G", gmail, Role.EXECUTIVE, org.id(), null));
    PersonView coach = fixtures.coachOf(exec);
    UUID engagement =
        coaching.open(
            CurrentUser.of(coach),
            new Coaching.Opening(
                exec.id(),
                coach.id(),
                List.of(),
                LocalDate.now(),
                LocalDate.now().plusMonths(6),
                false));
    coaching.acceptAgreement(CurrentUser.of(exec), engagement);
    String undotted = local(gmail).replace(".", "");
    for (String alias :
        List.of(
            undotted + "@gmail.com",
            undotted + "+s@googlemail.com",
            undotted.substring(0, 1).toUpperCase() + "." + undotted.substring(1) + "@GMail.com")) {
      assertThatThrownBy(
              () ->
                  surveys.addStakeholder(CurrentUser.of(exec), engagement, "Puppet", alias, "peer"))
          .as(alias)
          .hasMessageContaining("your own mailbox");
    }
    // at another domain, dots are part of the name: j.doe and jdoe may be two colleagues
    surveys.addStakeholder(CurrentUser.of(exec), engagement, "J Doe", "j.doe@corp.test", "peer");
    surveys.addStakeholder(CurrentUser.of(exec), engagement, "Jane Doe", "jdoe@corp.test", "peer");
    assertThat(surveys.stakeholders(CurrentUser.of(exec), engagement)).hasSize(2);
  }

  @Test
  void eachPersonIsNamedOnceHoweverTheAddressIsSpelt() {
    SurveyWorld w = world();
    String peer = w.emails.get("peer1");
    for (String again : List.of(peer.toUpperCase(), local(peer) + "+second" + domain(peer))) {
      assertThatThrownBy(() -> name(w, again))
          .as(again)
          .hasMessageStartingWith("email: ")
          .hasMessageContaining("each person is named once");
    }
    assertThat(surveys.stakeholders(CurrentUser.of(w.exec), w.engagement)).hasSize(6);
  }

  @Test
  void noWaveGoesOutBeforeTheCoachConfirmsTheListAndAgainAfterEveryChange() {
    SurveyWorld w = world();
    UUID wave = surveys.scheduleWave(w.asCoach(), w.engagement, LocalDate.now());
    assertThatThrownBy(() -> surveys.sendNow(w.asCoach(), w.engagement, wave))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the coach confirms the list of stakeholders before the first wave");
    assertThat(mailer.to(w.emails.get("peer1"))).isEmpty();

    w.confirm();
    assertThat(surveys.stakeholderList(CurrentUser.of(w.exec), w.engagement).confirmed()).isTrue();
    // the executive adds a seventh after the confirmation: the next wave waits again
    surveys.addStakeholder(
        CurrentUser.of(w.exec), w.engagement, "Late", Fixtures.unique("late") + "@x.test", "peer");
    assertThat(surveys.stakeholderList(w.asCoach(), w.engagement).changedSinceConfirmed()).isTrue();
    assertThatThrownBy(() -> surveys.sendNow(w.asCoach(), w.engagement, wave))
        .hasMessageContaining("changed after the coach confirmed it");

    w.confirm();
    surveys.sendNow(w.asCoach(), w.engagement, wave);
    assertThat(mailer.to(w.emails.get("peer1"))).hasSize(1);
  }

  @Test
  void theScheduledTaskLeavesAnUnconfirmedListAlone(@Autowired WaveDispatch dispatch) {
    SurveyWorld w = world();
    surveys.scheduleWave(w.asCoach(), w.engagement, LocalDate.now());
    dispatch.sendDueWaves(java.time.Instant.now());
    assertThat(mailer.to(w.emails.get("manager"))).isEmpty();
    assertThat(surveys.waves(w.asCoach(), w.engagement).get(0).sent()).isFalse();
  }

  @Test
  void onlyTheCoachConfirmsAndOnlyTheListTheyRead() {
    SurveyWorld w = world();
    String fingerprint = surveys.stakeholderList(w.asCoach(), w.engagement).fingerprint();
    assertThatThrownBy(
            () -> surveys.confirmStakeholders(CurrentUser.of(w.exec), w.engagement, fingerprint))
        .isInstanceOf(NotYourSurvey.class);
    assertThatThrownBy(
            () -> surveys.confirmStakeholders(CurrentUser.of(w.sponsor), w.engagement, fingerprint))
        .isInstanceOf(NotYourSurvey.class);
    PersonView otherCoach = fixtures.person(Role.COACH, null);
    assertThatThrownBy(
            () ->
                surveys.confirmStakeholders(CurrentUser.of(otherCoach), w.engagement, fingerprint))
        .isInstanceOf(RuntimeException.class)
        .isNotInstanceOf(IllegalStateException.class);
    assertThat(surveys.stakeholderList(w.asCoach(), w.engagement).confirmed()).isFalse();

    // the executive adds someone while the coach still has the old page open
    surveys.addStakeholder(
        CurrentUser.of(w.exec),
        w.engagement,
        "Meanwhile",
        Fixtures.unique("m") + "@x.test",
        "other");
    assertThatThrownBy(() -> surveys.confirmStakeholders(w.asCoach(), w.engagement, fingerprint))
        .isInstanceOf(StakeholderListChanged.class);
    assertThat(surveys.stakeholderList(w.asCoach(), w.engagement).confirmed()).isFalse();
  }

  @Test
  void aListTooShortOrHoldingTheExecutivesNewAddressCannotBeConfirmedNorSent() {
    SurveyWorld w = world();
    var list = surveys.stakeholders(CurrentUser.of(w.exec), w.engagement);
    surveys.removeStakeholder(CurrentUser.of(w.exec), w.engagement, list.get(0).id());
    assertThatThrownBy(w::confirm).hasMessageContaining("6 to 12 stakeholders; the list has 5");

    surveys.addStakeholder(
        CurrentUser.of(w.exec), w.engagement, "Back", Fixtures.unique("b") + "@x.test", "peer");
    w.confirm();
    UUID wave = surveys.scheduleWave(w.asCoach(), w.engagement, LocalDate.now());
    // the executive's own address changes to one already on the list
    directory.changePerson(w.exec.id(), w.exec.name(), w.emails.get("peer2"), null);
    assertThatThrownBy(() -> surveys.sendNow(w.asCoach(), w.engagement, wave))
        .hasMessageContaining("reaches the executive's own mailbox");
    assertThatThrownBy(w::confirm).hasMessageContaining("reaches the executive's own mailbox");
  }

  @Test
  void thePageSaysTheRulesShowsTheStateAndKeepsTheInputBesideTheRefusal() throws Exception {
    SurveyWorld w = world();
    String alias = local(w.exec.email()) + "+puppet" + domain(w.exec.email());
    String html =
        mvc.perform(
                post("/engagements/" + w.engagement + "/survey/stakeholders")
                    .cookie(SignInSupport.signIn(mvc, w.exec))
                    .with(csrf())
                    .param("name", "Kept Puppet")
                    .param("email", alias)
                    .param("group", "peer"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .containsPattern(
            "(?s)id=\"sh-email\"[^>]*>\\s*<p class=\"field-error\" id=\"sh-email-error\">This"
                + " address reaches your own mailbox")
        .contains("value=\"Kept Puppet\"", "value=\"" + alias + "\"")
        .contains("each named once", "The coach confirms the list before the first wave")
        .contains("Not confirmed yet");

    String coachPage = w.page(w.coach);
    assertThat(coachPage).contains("Confirm these 6 stakeholders");
    var confirm =
        mvc.perform(
                post("/engagements/" + w.engagement + "/survey/stakeholders/confirmation")
                    .cookie(SignInSupport.signIn(mvc, w.coach))
                    .with(csrf())
                    .param("fingerprint", "stale"))
            .andReturn()
            .getResponse();
    assertThat(confirm.getStatus()).isEqualTo(200);
    assertThat(confirm.getContentAsString()).contains("changed after you opened the page");

    w.confirm();
    assertThat(w.page(w.exec)).contains("Confirmed by the coach");
  }

  private int confirmByApi(SurveyWorld w, String token, String fingerprint) throws Exception {
    return mvc.perform(
            post("/api/v1/engagements/" + w.engagement + "/stakeholder-list/confirmation")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fingerprint\":\"" + fingerprint + "\"}"))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void theApiReadsAndConfirmsTheListUnderTheSameRules() throws Exception {
    SurveyWorld w = world();
    String list = w.api(w.coach, "/stakeholder-list");
    assertThat(list).contains("\"confirmed\":false");
    String fingerprint = list.replaceAll("(?s).*\"fingerprint\":\"([0-9a-f]+)\".*", "$1");
    String coachToken = fixtures.token(w.coach);
    assertThat(confirmByApi(w, coachToken, "0000")).isEqualTo(409);
    assertThat(confirmByApi(w, fixtures.token(w.exec), fingerprint)).isEqualTo(404);
    assertThat(confirmByApi(w, coachToken, fingerprint)).isEqualTo(204);
    assertThat(w.api(w.exec, "/stakeholder-list")).contains("\"confirmed\":true");
    assertThat(w.api(w.sponsor, "/stakeholder-list")).doesNotContain("@example.test");
  }
}
