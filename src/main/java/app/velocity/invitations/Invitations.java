package app.velocity.invitations;

import app.velocity.identity.SignInLinks;
import app.velocity.inventory.InventoryLength;
import app.velocity.inventory.ProfileCompleted;
import app.velocity.inventory.ProfileSharing;
import app.velocity.inventory.Profiles;
import app.velocity.mail.Mail;
import app.velocity.mail.Mailer;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.InvalidPersonData;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.OrganisationId;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import app.velocity.shell.Format;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations with consent (docs/design.md §3). An executive invites a colleague of their
 * organisation; the colleague gets a single-use link that signs them in, takes the inventory and
 * decides whether the inviter may see the result. The inviter learns only whether the colleague
 * answered and, while it is shared, sees the result itself through {@link ProfileSharing}.
 */
@Service
public class Invitations {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final SignInLinks links;
  private final Mailer mailer;
  private final ProfileSharing sharing;
  private final Profiles profiles;
  private final InvitationSettings settings;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final String baseUrl;

  Invitations(
      JdbcClient jdbc,
      Directory directory,
      SignInLinks links,
      Mailer mailer,
      ProfileSharing sharing,
      Profiles profiles,
      InvitationSettings settings,
      Clock clock,
      PlatformTransactionManager transactionManager,
      @Value("${velocity.base-url}") String baseUrl) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.links = links;
    this.mailer = mailer;
    this.sharing = sharing;
    this.profiles = profiles;
    this.settings = settings;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.baseUrl = baseUrl;
  }

  /** The outcome of inviting: the invitation, and whether it was already open (nothing sent). */
  public record Invited(InvitationView invitation, boolean alreadyOpen) {}

  // The inviter's side

  /** The people of the inviter's organisation they may invite, by name. */
  public List<PersonView> invitable(CurrentUser inviter) {
    return directory.peopleIn(organisationOf(inviter)).stream()
        .filter(p -> mayInvite(inviter, p))
        .sorted(Comparator.comparing(PersonView::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * Invites a person of the inviter's organisation ({@code person}), or someone new by name and
   * e-mail, who is added to the organisation as a colleague. While an invitation to the same person
   * is open, that one is returned and nothing is sent.
   *
   * <p>An address that belongs to someone the inviter may not invite (of another organisation, or a
   * sponsor, coach or deactivated person of their own) is answered exactly like a new one, so that
   * inviting cannot be used to find out who has an account: the invitation is listed under the name
   * the inviter typed, and the address gets a mail without a link saying so. It can only lapse or
   * be withdrawn; the inviter never learns more.
   *
   * @throws InvalidInvitation naming the field to fix
   */
  @Transactional
  public Invited invite(
      CurrentUser inviter, PersonId person, String name, String email, String note) {
    OrganisationId organisation = organisationOf(inviter);
    String checkedNote = note == null || note.isBlank() ? null : note.strip();
    if (checkedNote != null && checkedNote.length() > Invitation.MAX_NOTE) {
      throw new InvalidInvitation(
          "note", "keep the note under " + Invitation.MAX_NOTE + " characters");
    }
    Invitee target = invitee(inviter, organisation, person, name, email);
    PersonView invitee = target.person();
    Instant now = now();
    String key = Invitation.openKey(inviter.id(), invitee.id());
    // an invitation that lapsed is no longer open: it must not block a new one
    jdbc.sql("update invitations set open_key = null where open_key = :key and expires_at <= :now")
        .param("key", key)
        .param("now", Timestamp.from(now))
        .update();
    Optional<Invitation> open =
        jdbc.sql("select * from invitations where open_key = :key")
            .param("key", key)
            .query(Invitations::row)
            .optional();
    if (open.isPresent()) {
      return new Invited(view(open.get(), invitee, addresseeOf(open.get().id()), now), true);
    }
    Invitation invitation =
        new Invitation(
            UUID.randomUUID(),
            organisation,
            inviter.id(),
            invitee.id(),
            checkedNote,
            now,
            now.plus(settings.validity()),
            0,
            null,
            null,
            null,
            null);
    try {
      jdbc.sql(
              """
              insert into invitations (id, organisation_id, inviter_id, invitee_id, note, sent_at,
                expires_at, reminders_sent, open_key, addressee_id, addressee_name)
              values (:id, :organisation, :inviter, :invitee, :note, :sent, :expires, 0, :key,
                :addressee, :addresseeName)""")
          .param("id", invitation.id())
          .param("organisation", organisation.value())
          .param("inviter", inviter.id().value())
          .param("invitee", invitee.id().value())
          .param("note", checkedNote)
          .param("sent", Timestamp.from(now))
          .param("expires", Timestamp.from(invitation.expiresAt()))
          .param("key", key)
          .param("addressee", target.addressee() == null ? null : target.addressee().id())
          .param("addresseeName", target.addressee() == null ? null : target.addressee().name())
          .update();
    } catch (DuplicateKeyException e) {
      // a second request for the same pair committed between our read and our insert
      throw new IllegalStateException(
          "You have just invited "
              + (target.addressee() == null ? invitee.name() : target.addressee().name())
              + "; the invitation is open.");
    }
    mailer.send(
        target.addressee() == null
            ? invitationMail(invitation, invitee, inviter.name(), 0)
            : linklessMail(invitation, invitee, inviter.name()));
    return new Invited(view(invitation, invitee, target.addressee(), now), false);
  }

  /** The inviter's invitations, newest first. */
  public List<InvitationView> sentBy(CurrentUser inviter) {
    Instant now = now();
    return jdbc
        .sql("select * from invitations where inviter_id = :inviter order by sent_at desc")
        .param("inviter", inviter.id().value())
        .query((rs, n) -> new Sent(row(rs, n), addressee(rs)))
        .list()
        .stream()
        .flatMap(
            sent ->
                directory
                    .person(sent.invitation().invitee())
                    .map(p -> view(sent.invitation(), p, sent.addressee(), now))
                    .stream())
        .toList();
  }

  /** One of the inviter's invitations; anyone else's is "not found". */
  public InvitationView sentBy(CurrentUser inviter, UUID id) {
    Invitation invitation = ownedBy(inviter, id);
    return directory
        .person(invitation.invitee())
        .map(p -> view(invitation, p, addresseeOf(id), now()))
        .orElseThrow(InvitationNotFound::new);
  }

  /** Withdraws an open invitation: its links stop working and no reminder goes out. */
  @Transactional
  public void withdraw(CurrentUser inviter, UUID id) {
    Invitation invitation = ownedBy(inviter, id);
    Instant now = now();
    invitation.checkWithdrawable(now);
    int updated =
        jdbc.sql(
                "update invitations set withdrawn_at = :now, open_key = null"
                    + " where id = :id and withdrawn_at is null and answered_at is null")
            .param("now", Timestamp.from(now))
            .param("id", id)
            .update();
    if (updated == 0) {
      throw new IllegalStateException("This invitation was answered or withdrawn meanwhile.");
    }
    linksOf(id).forEach(links::spend);
  }

  // The colleague's side

  /** What the link's page shows; throws the link's problem when it cannot be used. */
  public Landing landing(String secret) {
    SignInLinks.Link link = links.check(secret);
    Invitation invitation = byLink(link.id());
    String inviter = directory.person(invitation.inviter()).map(PersonView::name).orElse("");
    String invitee = directory.person(invitation.invitee()).map(PersonView::name).orElse("");
    String organisation =
        directory.organisation(invitation.organisation()).map(OrganisationView::name).orElse("");
    return new Landing(
        invitee,
        inviter,
        organisation,
        invitation.note(),
        invitation.expiresAt(),
        invitation.isWithdrawn());
  }

  /**
   * Uses the link up and signs its colleague in. A withdrawn invitation's link signs nobody in.
   *
   * @throws app.velocity.identity.LinkProblem when the link is unknown, spent or expired
   * @throws IllegalStateException when the invitation was withdrawn
   */
  @Transactional
  public void accept(String secret, HttpServletRequest request, HttpServletResponse response) {
    if (byLink(links.check(secret).id()).isWithdrawn()) {
      throw new IllegalStateException("This invitation was withdrawn.");
    }
    links.signIn(secret, request, response);
  }

  /** The invitations the person received and that were not withdrawn, newest first. */
  public List<ReceivedInvitation> receivedBy(CurrentUser person) {
    java.util.Set<PersonId> former = new java.util.HashSet<>(sharing.formerViewersOf(person.id()));
    return jdbc
        .sql(
            "select * from invitations where invitee_id = :person and withdrawn_at is null"
                + " and addressee_id is null order by sent_at desc")
        .param("person", person.id().value())
        .query(Invitations::row)
        .list()
        .stream()
        .map(
            i ->
                new ReceivedInvitation(
                    i.id(),
                    directory.person(i.inviter()).map(PersonView::name).orElse("Someone"),
                    i.note(),
                    i.sentAt(),
                    i.awaitsDecision(),
                    sharing.isSharedWith(person.id(), i.inviter()),
                    former.contains(i.inviter())))
        .toList();
  }

  /** The colleague lets the inviter see their result (now and after any retake). */
  @Transactional
  public void share(CurrentUser colleague, UUID id) {
    Invitation invitation = receivedBy(colleague, id);
    if (profiles.latest(colleague.id()).isEmpty()) {
      throw new IllegalStateException("Take the inventory first; then you can share the result.");
    }
    sharing.share(colleague.id(), invitation.inviter());
    decided(invitation);
  }

  /** The colleague keeps their result to themselves; the inviter sees only "answered". */
  @Transactional
  public void keepPrivate(CurrentUser colleague, UUID id) {
    Invitation invitation = receivedBy(colleague, id);
    if (profiles.latest(colleague.id()).isEmpty()) {
      throw new IllegalStateException("Take the inventory first; then you can decide.");
    }
    sharing.revoke(colleague.id(), invitation.inviter());
    decided(invitation);
  }

  /**
   * Shares the owner's result with a person of their own organisation (an executive, a colleague or
   * a sponsor, who then counts it in team distributions), with or without an invitation; an
   * invitation from that person counts as decided. Sharing again after stopping is the same call.
   *
   * @throws app.velocity.organisations.PersonNotFound for anyone else
   */
  @Transactional
  public void shareWith(CurrentUser owner, PersonId viewer) {
    PersonView person =
        directory
            .person(viewer)
            .filter(p -> !p.id().equals(owner.id()))
            .filter(p -> sameOrganisation(owner, p) || sponsorOf(owner, p))
            .orElseThrow(app.velocity.organisations.PersonNotFound::new);
    sharing.share(owner.id(), person.id());
    jdbc.sql(
            "select * from invitations where invitee_id = :owner and inviter_id = :viewer"
                + " and withdrawn_at is null and decided_at is null and addressee_id is null")
        .param("owner", owner.id().value())
        .param("viewer", viewer.value())
        .query(Invitations::row)
        .list()
        .forEach(this::decided);
  }

  /** A completed inventory answers every invitation the person had open. */
  @EventListener
  void on(ProfileCompleted completed) {
    jdbc.sql(
            "update invitations set answered_at = :now, open_key = null"
                + " where invitee_id = :person and answered_at is null and withdrawn_at is null"
                + " and addressee_id is null")
        .param("now", Timestamp.from(now()))
        .param("person", completed.person().value())
        .update();
  }

  // Reminders

  /**
   * Sends every reminder that is due at {@code now}: at most {@link InvitationSettings#reminders()}
   * per invitation, none once it is answered, withdrawn or lapsed. Each reminder is claimed with a
   * conditional update in its own transaction before its mail is written, so two instances running
   * this at once send each reminder once. Returns how many this call sent.
   */
  int sendDueReminders(Instant now) {
    List<Invitation> candidates =
        jdbc.sql(
                "select * from invitations where withdrawn_at is null and answered_at is null"
                    + " and expires_at > :now and reminders_sent < :max")
            .param("now", Timestamp.from(now))
            .param("max", settings.reminders().size())
            .query(Invitations::row)
            .list();
    int sent = 0;
    for (Invitation invitation : candidates) {
      Optional<Integer> number = invitation.reminderDue(now, settings);
      if (number.isPresent()
          && Boolean.TRUE.equals(
              transactions.execute(s -> remind(invitation, number.get(), now)))) {
        sent++;
      }
    }
    return sent;
  }

  private boolean remind(Invitation invitation, int number, Instant now) {
    int claimed =
        jdbc.sql(
                "update invitations set reminders_sent = :number, last_reminded_at = :now"
                    + " where id = :id and reminders_sent = :before"
                    + " and answered_at is null and withdrawn_at is null and expires_at > :now")
            .param("number", number)
            .param("now", Timestamp.from(now))
            .param("id", invitation.id())
            .param("before", number - 1)
            .update();
    if (claimed == 0) {
      return false;
    }
    Optional<PersonView> invitee =
        directory.person(invitation.invitee()).filter(PersonView::active);
    if (invitee.isEmpty() || addresseeOf(invitation.id()) != null) {
      // counted like any reminder, so that the inviter sees nothing different, but the owner of an
      // address the inviter may not invite is not pestered again
      return true;
    }
    String inviter = directory.person(invitation.inviter()).map(PersonView::name).orElse("");
    mailer.send(invitationMail(invitation, invitee.get(), inviter, number));
    return true;
  }

  // Internals

  private Mail invitationMail(
      Invitation invitation, PersonView invitee, String inviterName, int reminder) {
    SignInLinks.Issued link = links.issue(invitee.id(), invitation.expiresAt());
    jdbc.sql("insert into invitation_links (link_id, invitation_id) values (:link, :invitation)")
        .param("link", link.id())
        .param("invitation", invitation.id())
        .update();
    String organisation =
        directory.organisation(invitation.organisation()).map(OrganisationView::name).orElse("");
    StringBuilder body = new StringBuilder();
    body.append("Hello ").append(invitee.name()).append(",\n\n");
    if (reminder > 0) {
      body.append("A reminder: ");
    }
    body.append(inviterName)
        .append(" (")
        .append(organisation)
        .append(") invites you to take a short inventory of motivational values on Velocity: what")
        .append(" moves you when things go well and under conflict. It asks ")
        .append(InventoryLength.current().questions())
        .append(" short questions and takes about ")
        .append(InventoryLength.current().minutes())
        .append(" minutes.\n\n");
    if (invitation.note() != null) {
      body.append(inviterName).append(" writes:\n\n").append(invitation.note()).append("\n\n");
    }
    body.append("Who sees what: ")
        .append(inviterName)
        .append(" will see your result only if you choose to share it; they will see whether you")
        .append(" have answered. You can stop sharing at any time.\n\n")
        .append("Open this link to begin. It works once and until ")
        .append(Format.instant(invitation.expiresAt()))
        .append(":\n\n")
        .append(baseUrl)
        .append("/invitation/")
        .append(link.secret())
        .append("\n\nIf you have a Velocity password already, you can also sign in at ")
        .append(baseUrl)
        .append("/sign-in and open \"Sharing\".\n");
    // the subject names nobody: the outbox, which firm admins read, shows it
    String subject =
        (reminder > 0 ? "Reminder: an" : "An") + " invitation to take the Velocity inventory";
    return new Mail(invitee.email(), subject, body.toString());
  }

  /**
   * What the owner of an address the inviter may not invite gets: who asked, and that no link came
   * with it. The inviter is told nothing of this.
   */
  private Mail linklessMail(Invitation invitation, PersonView owner, String inviterName) {
    String organisation =
        directory.organisation(invitation.organisation()).map(OrganisationView::name).orElse("");
    StringBuilder body = new StringBuilder();
    body.append("Hello ").append(owner.name()).append(",\n\n");
    body.append(inviterName)
        .append(" (")
        .append(organisation)
        .append(") would like you to take the inventory of motivational values on Velocity and")
        .append(" decide whether to share your result with them.\n\n");
    if (invitation.note() != null) {
      body.append(inviterName).append(" writes:\n\n").append(invitation.note()).append("\n\n");
    }
    body.append("This address already belongs to a Velocity account that is kept apart from ")
        .append(organisation)
        .append("'s, so this message carries no link, and ")
        .append(inviterName)
        .append(" has not been told that. If you want to share a result with them, tell them;")
        .append(" otherwise there is nothing to do.\n");
    return new Mail(owner.email(), "An invitation to take the Velocity inventory", body.toString());
  }

  /**
   * An address the inviter typed that belongs to someone they may not invite: the invitation shows
   * the name the inviter typed, and a made-up person id in place of the real one.
   */
  private record Addressee(UUID id, String name) {}

  /** Whom an invitation goes to; {@code addressee} is set when the inviter may not know them. */
  private record Invitee(PersonView person, Addressee addressee) {}

  private record Sent(Invitation invitation, Addressee addressee) {}

  private Invitee invitee(
      CurrentUser inviter,
      OrganisationId organisation,
      PersonId person,
      String name,
      String email) {
    if (person != null) {
      return new Invitee(
          directory
              .person(person)
              .filter(p -> mayInvite(inviter, p))
              .orElseThrow(
                  () ->
                      new InvalidInvitation(
                          "person", "choose someone of your organisation, or enter a new address")),
          null);
    }
    if (email == null || email.isBlank()) {
      throw new InvalidInvitation(
          "email", "choose someone from the list, or enter the colleague's e-mail address");
    }
    Optional<PersonView> known = directory.personByEmail(email);
    if (known.isPresent()) {
      if (known.get().id().equals(inviter.id())) {
        throw new InvalidInvitation("email", "this is your own address");
      }
      if (mayInvite(inviter, known.get())) {
        return new Invitee(known.get(), null);
      }
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInvitation("name", "enter the colleague's name");
    }
    NewPerson colleague = new NewPerson(name, email, Role.COLLEAGUE, organisation, null);
    try {
      if (known.isPresent()) {
        // the same checks and messages as for someone new, then nothing is added
        directory.checkNewPerson(colleague);
        return new Invitee(known.get(), new Addressee(UUID.randomUUID(), name.strip()));
      }
      return new Invitee(directory.addPerson(colleague), null);
    } catch (InvalidPersonData e) {
      String reason =
          e.getMessage().substring(Math.min(e.getMessage().length(), e.field().length() + 1));
      throw new InvalidInvitation(e.field(), reason);
    }
  }

  /** Active executives and colleagues of the inviter's own organisation, except the inviter. */
  private static boolean mayInvite(CurrentUser inviter, PersonView person) {
    return !person.id().equals(inviter.id()) && sameOrganisation(inviter, person);
  }

  /** An active executive or colleague of the user's own organisation (sponsors see aggregates). */
  private static boolean sameOrganisation(CurrentUser user, PersonView person) {
    return person.active()
        && user.organisation() != null
        && user.organisation().equals(person.organisation())
        && (person.role() == Role.COLLEAGUE || person.role() == Role.EXECUTIVE);
  }

  private static boolean sponsorOf(CurrentUser owner, PersonView person) {
    return person.active()
        && person.role() == Role.SPONSOR
        && owner.organisation() != null
        && owner.organisation().equals(person.organisation());
  }

  private static OrganisationId organisationOf(CurrentUser inviter) {
    if (!inviter.is(Role.EXECUTIVE) || inviter.organisation() == null) {
      throw new org.springframework.security.access.AccessDeniedException(
          "only executives invite colleagues");
    }
    return inviter.organisation();
  }

  private void decided(Invitation invitation) {
    Timestamp now = Timestamp.from(now());
    jdbc.sql(
            "update invitations set decided_at = :now, answered_at = coalesce(answered_at, :now),"
                + " open_key = null where id = :id")
        .param("now", now)
        .param("id", invitation.id())
        .update();
  }

  private Invitation ownedBy(CurrentUser inviter, UUID id) {
    return jdbc.sql("select * from invitations where id = :id and inviter_id = :inviter")
        .param("id", id)
        .param("inviter", inviter.id().value())
        .query(Invitations::row)
        .optional()
        .orElseThrow(InvitationNotFound::new);
  }

  private Invitation receivedBy(CurrentUser invitee, UUID id) {
    return jdbc.sql(
            "select * from invitations where id = :id and invitee_id = :invitee"
                + " and withdrawn_at is null")
        .param("id", id)
        .param("invitee", invitee.id().value())
        .query(Invitations::row)
        .optional()
        .orElseThrow(InvitationNotFound::new);
  }

  private Invitation byLink(UUID link) {
    return jdbc.sql(
            "select i.* from invitations i join invitation_links l on l.invitation_id = i.id"
                + " where l.link_id = :link")
        .param("link", link)
        .query(Invitations::row)
        .optional()
        // a link of this purpose always belongs to an invitation; anything else is not ours
        .orElseThrow(InvitationNotFound::new);
  }

  private List<UUID> linksOf(UUID invitation) {
    return jdbc.sql("select link_id from invitation_links where invitation_id = :id")
        .param("id", invitation)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .list();
  }

  private InvitationView view(
      Invitation invitation, PersonView invitee, Addressee addressee, Instant now) {
    boolean shared =
        addressee == null && sharing.isSharedWith(invitation.invitee(), invitation.inviter());
    InvitationStatus status = invitation.statusFor(now, shared);
    return new InvitationView(
        invitation.id(),
        addressee == null ? invitee.id().value() : addressee.id(),
        addressee == null ? invitee.name() : addressee.name(),
        invitee.email(),
        invitation.note(),
        invitation.sentAt(),
        invitation.expiresAt(),
        invitation.remindersSent(),
        status,
        invitation.isOpen(now),
        status == InvitationStatus.SHARED && profiles.latest(invitee.id()).isPresent()
            ? "/people/" + invitee.id().value() + "/profile"
            : null);
  }

  private Addressee addresseeOf(UUID invitation) {
    return jdbc
        .sql(
            "select addressee_id, addressee_name from invitations"
                + " where id = :id and addressee_id is not null")
        .param("id", invitation)
        .query((rs, n) -> addressee(rs))
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static Addressee addressee(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("addressee_id", UUID.class);
    return id == null ? null : new Addressee(id, rs.getString("addressee_name"));
  }

  private static Invitation row(ResultSet rs, int n) throws SQLException {
    return new Invitation(
        rs.getObject("id", UUID.class),
        new OrganisationId(rs.getObject("organisation_id", UUID.class)),
        new PersonId(rs.getObject("inviter_id", UUID.class)),
        new PersonId(rs.getObject("invitee_id", UUID.class)),
        rs.getString("note"),
        instant(rs, "sent_at"),
        instant(rs, "expires_at"),
        rs.getInt("reminders_sent"),
        instant(rs, "last_reminded_at"),
        instant(rs, "answered_at"),
        instant(rs, "decided_at"),
        instant(rs, "withdrawn_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** Databases keep microseconds; keep the same here so that values read back compare equal. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
