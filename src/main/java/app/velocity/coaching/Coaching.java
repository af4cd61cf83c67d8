package app.velocity.coaching;

import app.velocity.coaching.goals.Attainment;
import app.velocity.coaching.goals.AttainmentLevel;
import app.velocity.coaching.goals.GoalAttainment;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.OrganisationView;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching engagements and the work in them. Every read and write first establishes the part the
 * person plays in the engagement, so that nobody sees or changes more than docs/design.md §1
 * allows.
 */
@Service
public class Coaching {

  private final Engagements engagements;
  private final Goals goals;
  private final GoalReads goalReads;
  private final EngagementReads engagementReads;
  private final Actions actions;
  private final Journal journal;
  private final CoachingSessions sessions;
  private final Directory directory;
  private final ObjectProvider<SurveyProgress> surveys;
  private final ObjectProvider<GoalLinks> goalLinks;
  private final Clock clock;

  Coaching(
      Engagements engagements,
      Goals goals,
      GoalReads goalReads,
      EngagementReads engagementReads,
      Actions actions,
      Journal journal,
      CoachingSessions sessions,
      Directory directory,
      ObjectProvider<SurveyProgress> surveys,
      ObjectProvider<GoalLinks> goalLinks,
      Clock clock) {
    this.engagements = engagements;
    this.goals = goals;
    this.goalReads = goalReads;
    this.engagementReads = engagementReads;
    this.actions = actions;
    this.journal = journal;
    this.sessions = sessions;
    this.directory = directory;
    this.surveys = surveys;
    this.goalLinks = goalLinks;
    this.clock = clock;
  }

  /**
   * The same service reading the time from another clock: for data entered after the fact (the
   * demo's engagement, six months in) and for tests that look ahead. Requests from people always go
   * through the bean on the application's clock. The copy runs outside Spring's proxy, so each call
   * is not wrapped in a transaction of its own: use it where nothing runs concurrently.
   */
  public Coaching asOf(Clock other) {
    return new Coaching(
        engagements,
        goals,
        goalReads,
        engagementReads,
        actions,
        journal,
        sessions,
        directory,
        surveys,
        goalLinks,
        other);
  }

  /** What is needed to open an engagement. */
  public record Opening(
      PersonId executive,
      PersonId coach,
      List<PersonId> sponsors,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean managerShownAlone) {}

  /**
   * Firm admins open engagements for any executive, with the executive's coach (and assign one to
   * an executive who has none: only firm admins assign coaches); coaches only for their own
   * clients.
   *
   * @throws NotYourClient when a coach names anyone but one of their clients, the same for an id
   *     that names nobody
   */
  @Transactional
  public UUID open(CurrentUser by, Opening opening) {
    if (!by.is(Role.FIRM_ADMIN) && !by.is(Role.COACH)) {
      throw new NotYourEngagement();
    }
    if (opening.executive() == null) {
      throw new IllegalArgumentException("executive: choose the executive");
    }
    Optional<PersonView> named = directory.person(opening.executive());
    if (by.is(Role.COACH) && !named.map(p -> by.id().equals(p.coach())).orElse(false)) {
      throw new NotYourClient();
    }
    PersonView executive =
        named
            .filter(p -> p.role() == Role.EXECUTIVE && p.active())
            .orElseThrow(
                () -> new IllegalArgumentException("executive: choose an active executive"));
    PersonId coachId = by.is(Role.COACH) ? by.id() : opening.coach();
    if (coachId == null) {
      throw new IllegalArgumentException("coach: choose the coach");
    }
    directory
        .person(coachId)
        .filter(p -> p.role() == Role.COACH && p.active())
        .orElseThrow(() -> new IllegalArgumentException("coach: choose an active coach"));
    if (executive.coach() != null && !executive.coach().equals(coachId)) {
      // an engagement with someone else would let that coach work with a client who is not theirs
      throw new IllegalArgumentException(
          "coach: "
              + executive.name()
              + " is coached by "
              + name(executive.coach().value())
              + "; open the engagement with that coach, or change the coach under People first");
    }
    Set<UUID> sponsors = new LinkedHashSet<>();
    for (PersonId sponsor : opening.sponsors() == null ? List.<PersonId>of() : opening.sponsors()) {
      PersonView person =
          directory
              .person(sponsor)
              .filter(p -> p.role() == Role.SPONSOR && p.active())
              .filter(p -> executive.organisation().equals(p.organisation()))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "sponsors: choose sponsors of the executive's organisation; one of those"
                              + " chosen is not"));
      sponsors.add(person.id().value());
    }
    Engagement engagement =
        Engagement.open(
            executive.organisation().value(),
            executive.id().value(),
            coachId.value(),
            sponsors,
            opening.startsOn(),
            opening.endsOn(),
            opening.managerShownAlone(),
            clock.instant());
    engagements.save(engagement);
    if (executive.coach() == null) {
      directory.assignCoach(executive.id(), coachId);
    }
    return engagement.id();
  }

  /**
   * What the stakeholder survey needs of an engagement when nobody is signed in (survey e-mails,
   * the public answer page): the executive's name, the goals' titles and the agreement's choice
   * about the manager. Callers that serve a signed-in person check {@link #view} first. {@code
   * executiveId} is for refusing the executive's own addresses as stakeholders; it is not shown.
   */
  public record SurveySubject(
      UUID engagement,
      String executive,
      List<SurveyGoal> goals,
      boolean managerShownAlone,
      boolean active,
      PersonId executiveId) {

    /** A behaviour goal the stakeholders are asked about. */
    public record SurveyGoal(UUID id, String title) {}
  }

  @Transactional(readOnly = true)
  public java.util.Optional<SurveySubject> surveySubject(UUID engagement) {
    return engagements
        .findById(engagement)
        .map(e -> surveySubject(e, name(e.executiveId()), goalReads.of(e.id())));
  }

  private static SurveySubject surveySubject(Engagement e, String executive, List<Goal> goalList) {
    return new SurveySubject(
        e.id(),
        executive,
        goalList.stream().map(g -> new SurveySubject.SurveyGoal(g.id(), g.title())).toList(),
        e.managerShownAlone(),
        e.status() == EngagementStatus.ACTIVE,
        new PersonId(e.executiveId()));
  }

  @Transactional(readOnly = true)
  public List<EngagementView> visibleTo(CurrentUser user) {
    List<Engagement> found =
        user.is(Role.FIRM_ADMIN) ? engagements.all() : engagements.involving(user.id().value());
    return found.stream().map(e -> view(e, partOf(user, e), true)).toList();
  }

  /** The coach's own engagements, their next sessions, overdue actions and quiet ones. */
  @Transactional(readOnly = true)
  public CoachDashboard dashboard(CurrentUser user) {
    if (!user.is(Role.COACH)) {
      throw new NotYourEngagement();
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    List<CoachDashboard.Client> clients = new ArrayList<>();
    List<CoachDashboard.NextSession> next = new ArrayList<>();
    List<CoachDashboard.OverdueAction> overdue = new ArrayList<>();
    // the coach's engagements, their sessions, actions, executives' names and organisations are
    // read once for all of them, not once per engagement
    List<Engagement> own =
        engagementReads.involving(user.id().value()).stream()
            .filter(e -> user.id().value().equals(e.coachId()))
            .toList();
    List<UUID> ids = own.stream().map(Engagement::id).toList();
    Map<UUID, List<CoachingSession>> sessionsOf = new HashMap<>();
    Map<UUID, List<Action>> actionsOf = new HashMap<>();
    if (!ids.isEmpty()) {
      sessions
          .ofAll(ids)
          .forEach(
              x -> sessionsOf.computeIfAbsent(x.engagementId(), k -> new ArrayList<>()).add(x));
      actions
          .ofAll(ids)
          .forEach(a -> actionsOf.computeIfAbsent(a.engagementId(), k -> new ArrayList<>()).add(a));
    }
    Map<PersonId, String> names =
        directory.names(own.stream().map(e -> new PersonId(e.executiveId())).toList());
    Map<UUID, String> organisations = new HashMap<>();
    for (Engagement e : own) {
      String executive = name(e.executiveId(), names);
      List<CoachingSession> sessionList = sessionsOf.getOrDefault(e.id(), List.of());
      List<Action> actionList = actionsOf.getOrDefault(e.id(), List.of());
      Optional<SessionView> upcoming =
          sessionList.stream()
              .filter(x -> x.upcoming(now))
              .findFirst()
              .map(x -> sessionView(x, Part.COACH, now, List.of()));
      upcoming.ifPresent(
          x ->
              next.add(
                  new CoachDashboard.NextSession(
                      e.id(), executive, x.when(), x.start().toInstant())));
      List<Action> late = actionList.stream().filter(a -> a.overdue(today)).toList();
      late.forEach(
          a ->
              overdue.add(
                  new CoachDashboard.OverdueAction(e.id(), executive, a.title(), a.dueOn())));
      clients.add(
          new CoachDashboard.Client(
              e.id(),
              executive,
              organisations.computeIfAbsent(e.organisationId(), k -> organisationName(e)),
              e.status(),
              upcoming.map(SessionView::when).orElse(null),
              late.size(),
              quietDays(e, sessionList, actionList, now)));
    }
    next.sort(java.util.Comparator.comparing(CoachDashboard.NextSession::startsAt));
    overdue.sort(java.util.Comparator.comparing(CoachDashboard.OverdueAction::dueOn));
    return new CoachDashboard(clients, next, overdue);
  }

  /**
   * Days since anything happened in an active engagement: the last session held, the last action
   * agreed, or else the agreement (the start date when that is later). Null while it is not quiet.
   */
  private Integer quietDays(
      Engagement e, List<CoachingSession> sessionList, List<Action> actionList, Instant now) {
    if (e.status() != EngagementStatus.ACTIVE) {
      return null;
    }
    Instant last = e.agreementAcceptedAt();
    Instant started = e.startsOn().atStartOfDay(clock.getZone()).toInstant();
    if (last == null || started.isAfter(last)) {
      last = started;
    }
    for (CoachingSession x : sessionList) {
      if (x.heldBy(now) && x.startsAt().isAfter(last)) {
        last = x.startsAt();
      }
    }
    for (Action a : actionList) {
      if (a.createdAt().isAfter(last)) {
        last = a.createdAt();
      }
    }
    long days = java.time.Duration.between(last, now).toDays();
    return days >= CoachDashboard.QUIET_DAYS ? (int) days : null;
  }

  private String organisationName(Engagement engagement) {
    return directory
        .organisation(new app.velocity.organisations.OrganisationId(engagement.organisationId()))
        .map(OrganisationView::name)
        .orElse("");
  }

  /** The engagement as this person may see it, read on one connection. */
  @Transactional(readOnly = true)
  public EngagementView view(CurrentUser user, UUID engagement) {
    Engagement found = load(engagement);
    return view(found, partOf(user, found), true);
  }

  /**
   * The same for the engagement and survey pages: the stakeholder-survey line of the progress is
   * only worked out where the page shows it, on the sponsor's view (the executive and the coach see
   * the survey itself); elsewhere it is null. The API's views carry it for every part.
   */
  @Transactional(readOnly = true)
  public EngagementView pageView(CurrentUser user, UUID engagement) {
    Engagement found = load(engagement);
    Part part = partOf(user, found);
    return view(found, part, part == Part.SPONSOR);
  }

  /**
   * What the survey module needs of an engagement whose view the reader has already read and in
   * which they see content (executive or coach): the view's goals are the engagement's goals.
   */
  public static SurveySubject surveySubject(EngagementView view) {
    if (!view.seesContent()) {
      throw new IllegalArgumentException("view: the goals are not in a view without content");
    }
    return new SurveySubject(
        view.id(),
        view.executive(),
        view.goals().stream().map(g -> new SurveySubject.SurveyGoal(g.id(), g.title())).toList(),
        view.managerShownAlone(),
        view.status() == EngagementStatus.ACTIVE,
        view.executiveId());
  }

  /**
   * Only the part this person plays in the engagement, for callers that check access before reading
   * their own data (the survey module): one read, not the whole view.
   *
   * @throws NotYourEngagement when they play none, as for an engagement that does not exist
   */
  public Part partIn(CurrentUser user, UUID engagement) {
    return partOf(user, load(engagement));
  }

  @Transactional
  public void acceptAgreement(CurrentUser user, UUID engagement) {
    Engagement found = load(engagement);
    partOf(user, found);
    found.acceptAgreement(user.id().value(), clock.instant());
    engagements.save(found);
  }

  @Transactional
  public void close(CurrentUser user, UUID engagement, EngagementStatus outcome) {
    Engagement found = load(engagement);
    Part part = partOf(user, found);
    if (part != Part.COACH && part != Part.FIRM_ADMIN) {
      throw new NotYourEngagement();
    }
    found.close(outcome);
    engagements.save(found);
  }

  @Transactional
  public UUID defineGoal(CurrentUser user, UUID engagement, String title, List<String> levels) {
    return defineGoal(user, engagement, title, levels, null, null);
  }

  /**
   * A goal, optionally tied to one of the executive's strengths in its overdone form ({@code
   * strength}, a strength's id as {@link #goalChoices} offers it) or to one person on their
   * relationship map ({@code relationship}, the person's id); at most one of the two.
   */
  @Transactional
  public UUID defineGoal(
      CurrentUser user,
      UUID engagement,
      String title,
      List<String> levels,
      String strength,
      String relationship) {
    Engagement found = workable(user, engagement);
    if (goals.of(found.id()).size() >= Goal.MAX_PER_ENGAGEMENT) {
      throw new IllegalArgumentException(
          "title: an engagement works on one or two goals; this one has two already");
    }
    String strengthId = Texts.optional(strength, "strength", 200);
    String personId = Texts.optional(relationship, "relationship", 200);
    if (strengthId != null && personId != null) {
      throw new IllegalArgumentException(
          "relationship: tie a goal to one thing, a strength or a relationship, not both");
    }
    PersonId executive = new PersonId(found.executiveId());
    String who = name(found.executiveId());
    String chosenStrength = null;
    if (strengthId != null) {
      List<GoalLinks.Choice> offered = links().strengths(user, executive);
      if (offered.isEmpty()) {
        throw new IllegalArgumentException(
            "strength: there is no profile result of " + who + " to take a strength from");
      }
      chosenStrength =
          offered.stream()
              .map(GoalLinks.Choice::id)
              .filter(id -> id.equalsIgnoreCase(strengthId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "strength: choose one of "
                              + who
                              + "'s strengths offered in the list ("
                              + String.join(
                                  ", ", offered.stream().map(GoalLinks.Choice::id).toList())
                              + ")"));
    }
    UUID person = null;
    if (personId != null) {
      person =
          links().relationships(user, executive).stream()
              .filter(c -> c.id().equalsIgnoreCase(personId))
              .map(c -> UUID.fromString(c.id()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "relationship: choose a person on " + who + "'s relationship map"));
    }
    Goal goal = Goal.define(found.id(), title, levels, chosenStrength, person, clock.instant());
    goals.save(goal);
    return goal.id();
  }

  /** What a new goal of this engagement may be tied to, as the person may see it. */
  public record GoalChoices(
      List<GoalLinks.Choice> strengths, List<GoalLinks.Choice> relationships) {

    public boolean any() {
      return !strengths.isEmpty() || !relationships.isEmpty();
    }
  }

  /**
   * The strengths and relationships a new goal may be tied to; empty lists when the person may not
   * write a goal here (or the engagement has its two goals), so nothing is read for nothing.
   */
  public GoalChoices goalChoices(CurrentUser user, UUID engagement) {
    Engagement found = load(engagement);
    if (!partOf(user, found).seesContent()
        || found.status() != EngagementStatus.ACTIVE
        || goals.of(found.id()).size() >= Goal.MAX_PER_ENGAGEMENT) {
      return new GoalChoices(List.of(), List.of());
    }
    return goalChoices(user, new PersonId(found.executiveId()));
  }

  /**
   * The same for an engagement whose view this person has just read (the engagement page), without
   * reading it again: the view holds the part, the status and, where content is seen, the goals.
   */
  public GoalChoices goalChoices(CurrentUser user, EngagementView view) {
    if (!view.seesContent()
        || view.status() != EngagementStatus.ACTIVE
        || view.goals().size() >= Goal.MAX_PER_ENGAGEMENT) {
      return new GoalChoices(List.of(), List.of());
    }
    return goalChoices(user, view.executiveId());
  }

  private GoalChoices goalChoices(CurrentUser user, PersonId executive) {
    return new GoalChoices(
        links().strengths(user, executive), links().relationships(user, executive));
  }

  private GoalLinks links() {
    return goalLinks.getIfAvailable(
        () ->
            new GoalLinks() {
              @Override
              public List<Choice> strengths(CurrentUser reader, PersonId executive) {
                return List.of();
              }

              @Override
              public List<Choice> relationships(CurrentUser reader, PersonId executive) {
                return List.of();
              }

              @Override
              public Optional<String> strength(String id) {
                return Optional.empty();
              }
            });
  }

  /** How the goal's tie reads on the page, or null when it is tied to nothing. */
  private String tiedTo(Goal g, Map<PersonId, String> names) {
    if (g.strength() != null) {
      return "The strength " + links().strength(g.strength()).orElse(g.strength());
    }
    if (g.relationshipPersonId() != null) {
      return "The relationship with " + name(g.relationshipPersonId(), names);
    }
    return null;
  }

  /** Coaches score goals at reviews, with the executive. */
  @Transactional
  public void scoreGoal(CurrentUser user, UUID engagement, UUID goal, int level, String note) {
    Engagement found = workable(user, engagement);
    if (partOf(user, found) != Part.COACH) {
      throw new IllegalStateException("Goals are scored by the coach at a review.");
    }
    Goal theGoal =
        goals
            .findById(goal)
            .filter(g -> g.engagementId().equals(found.id()))
            .orElseThrow(NotYourEngagement::new);
    theGoal.score(level, note, clock.instant());
    goals.save(theGoal);
  }

  @Transactional
  public UUID commitAction(CurrentUser user, UUID engagement, String title, LocalDate dueOn) {
    Engagement found = workable(user, engagement);
    Action action = Action.commit(found.id(), title, dueOn, clock.instant());
    actions.save(action);
    return action.id();
  }

  @Transactional
  public void markAction(CurrentUser user, UUID engagement, UUID action, Action.Status status) {
    Engagement found = workable(user, engagement);
    Action theAction =
        actions
            .findById(action)
            .filter(a -> a.engagementId().equals(found.id()))
            .orElseThrow(NotYourEngagement::new);
    theAction.mark(status);
    actions.save(theAction);
  }

  /** Marks an action done (for callers outside the module, which do not see the status type). */
  @Transactional
  public void completeAction(CurrentUser user, UUID engagement, UUID action) {
    markAction(user, engagement, action, Action.Status.DONE);
  }

  /** Only the executive writes in their journal. */
  @Transactional
  public void writeJournal(CurrentUser user, UUID engagement, String body, boolean share) {
    Engagement found = workable(user, engagement);
    if (partOf(user, found) != Part.EXECUTIVE) {
      throw new NotYourEngagement();
    }
    journal.write(found.id(), body, share, clock.instant());
  }

  @Transactional
  public void shareJournalEntry(CurrentUser user, UUID engagement, UUID entry, boolean share) {
    Engagement found = load(engagement);
    if (partOf(user, found) != Part.EXECUTIVE || !journal.setShared(found.id(), entry, share)) {
      throw new NotYourEngagement();
    }
  }

  /** The engagement if this person may work in it (executive or coach, agreement accepted). */
  Engagement workable(CurrentUser user, UUID engagement) {
    Engagement found = load(engagement);
    if (!partOf(user, found).seesContent()) {
      throw new NotYourEngagement();
    }
    found.requireWorkCanHappen();
    return found;
  }

  Engagement load(UUID engagement) {
    return engagements.findById(engagement).orElseThrow(NotYourEngagement::new);
  }

  /** The part this person plays; anyone without one gets the same answer as for no engagement. */
  static Part partOf(CurrentUser user, Engagement engagement) {
    UUID me = user.id().value();
    if (me.equals(engagement.executiveId())) {
      return Part.EXECUTIVE;
    }
    if (me.equals(engagement.coachId())) {
      return Part.COACH;
    }
    if (engagement.sponsorIds().contains(me)) {
      return Part.SPONSOR;
    }
    if (user.is(Role.FIRM_ADMIN)) {
      return Part.FIRM_ADMIN;
    }
    throw new NotYourEngagement();
  }

  /**
   * The view; the names of everyone it shows (executive, coach, sponsors, people goals are tied to)
   * are read in one statement, the goals with their scores in two.
   */
  private EngagementView view(Engagement engagement, Part part, boolean withSurveyLine) {
    List<Goal> goalList = goalReads.of(engagement.id());
    List<PersonId> shown = new ArrayList<>();
    shown.add(new PersonId(engagement.executiveId()));
    shown.add(new PersonId(engagement.coachId()));
    engagement.sponsorIds().forEach(id -> shown.add(new PersonId(id)));
    goalList.stream()
        .map(Goal::relationshipPersonId)
        .filter(Objects::nonNull)
        .forEach(id -> shown.add(new PersonId(id)));
    Map<PersonId, String> names = directory.names(shown);
    String executive = name(engagement.executiveId(), names);
    List<Action> actionList = actions.of(engagement.id());
    List<CoachingSession> sessionList = sessions.of(engagement.id());
    LocalDate today = LocalDate.now(clock);
    Instant now = clock.instant();
    List<Integer> latest = new ArrayList<>();
    goalList.forEach(g -> latest.add(g.latestLevel()));
    List<Attainment> scored =
        latest.stream()
            .filter(Objects::nonNull)
            .map(l -> Attainment.of(AttainmentLevel.of(l)))
            .toList();
    EngagementView.Progress progress =
        new EngagementView.Progress(
            goalList.size(),
            scored.size(),
            (int) actionList.stream().filter(a -> a.status() == Action.Status.OPEN).count(),
            (int) actionList.stream().filter(a -> a.status() == Action.Status.DONE).count(),
            latest,
            (int) sessionList.stream().filter(x -> x.heldBy(now)).count(),
            scored.isEmpty() ? null : GoalAttainment.tScore(scored),
            withSurveyLine
                ? surveys
                    .getIfAvailable(() -> e -> Optional.empty())
                    .of(surveySubject(engagement, executive, goalList))
                    .orElse("No stakeholder survey yet.")
                : null);
    boolean content = part.seesContent();
    List<EngagementView.ActionView> actionViews =
        actionList.stream().map(a -> actionView(a, today)).toList();
    return new EngagementView(
        engagement.id(),
        part,
        executive,
        name(engagement.coachId(), names),
        organisationName(engagement),
        engagement.sponsorIds().stream().map(id -> name(id, names)).toList(),
        engagement.startsOn(),
        engagement.endsOn(),
        engagement.status(),
        engagement.agreementAcceptedAt() != null,
        engagement.managerShownAlone(),
        content
            ? goalList.stream()
                .map(
                    g ->
                        new EngagementView.GoalView(
                            g.id(),
                            g.title(),
                            g.levels(),
                            g.scores().stream().map(Goal.Score::level).toList(),
                            g.latestLevel(),
                            g.strength(),
                            g.relationshipPersonId(),
                            tiedTo(g, names)))
                .toList()
            : List.of(),
        content ? actionViews : List.of(),
        journal.readBy(engagement.id(), part),
        content
            ? sessionList.stream()
                .sorted(java.util.Comparator.comparing(CoachingSession::startsAt).reversed())
                .map(x -> sessionView(x, part, now, actionViews))
                .toList()
            : List.of(),
        part == Part.FIRM_ADMIN ? null : progress,
        new PersonId(engagement.executiveId()));
  }

  static EngagementView.ActionView actionView(Action a, LocalDate today) {
    return new EngagementView.ActionView(
        a.id(),
        a.title(),
        a.dueOn(),
        a.status().name().toLowerCase(),
        a.overdue(today),
        a.sessionId());
  }

  /** Coach-private notes go to the coach and nobody else. */
  static SessionView sessionView(
      CoachingSession s, Part part, Instant now, List<EngagementView.ActionView> actions) {
    if (!part.seesContent()) {
      throw new NotYourEngagement();
    }
    return new SessionView(
        s.id(),
        s.start(),
        s.minutes(),
        s.location(),
        s.videoLink(),
        s.agenda(),
        s.status() == CoachingSession.Status.CANCELLED,
        s.heldBy(now),
        s.sequence(),
        s.sharedNotes(),
        part == Part.COACH ? s.privateNotes() : null,
        actions.stream().filter(a -> s.id().equals(a.session())).toList());
  }

  private String name(UUID person) {
    return directory.person(new PersonId(person)).map(PersonView::name).orElse("");
  }

  private static String name(UUID person, Map<PersonId, String> names) {
    return names.getOrDefault(new PersonId(person), "");
  }
}
