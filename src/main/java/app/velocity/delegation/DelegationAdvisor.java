package app.velocity.delegation;

import app.velocity.delegation.analysis.Candidate;
import app.velocity.delegation.analysis.ComfortBiasAnalysis;
import app.velocity.delegation.analysis.ComfortBiasReport;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.delegation.analysis.FitRanking;
import app.velocity.delegation.analysis.Nudge;
import app.velocity.delegation.analysis.RankedCandidate;
import app.velocity.delegation.analysis.Similarity;
import app.velocity.delegation.analysis.SimilarityEffect;
import app.velocity.inventory.ProfileSharing;
import app.velocity.inventory.Profiles;
import app.velocity.inventory.ShareWithdrawn;
import app.velocity.motivation.DriveScores;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The executive's delegation: pieces of work, candidates ranked by motivational fit, the nudge when
 * his history shows a strong pattern, the decision with its snapshot, the outcome, and the
 * measurement of his comfort bias. Everything belongs to the executive alone: another person's work
 * is "not found", and other roles have no delegation (docs/design.md §1; see docs/comfort-bias.md).
 */
@Service
public class DelegationAdvisor {

  /** The longest reason a decision may carry. */
  static final int MAX_WHY = 2000;

  static final int MAX_NOTE = 2000;

  private final WorkItems items;
  private final CandidatePool pool;
  private final ProfileSharing sharing;
  private final Profiles profiles;
  private final Clock clock;

  DelegationAdvisor(
      WorkItems items, CandidatePool pool, ProfileSharing sharing, Profiles profiles, Clock clock) {
    this.items = items;
    this.pool = pool;
    this.sharing = sharing;
    this.profiles = profiles;
    this.clock = clock;
  }

  /** Which decisions the comfort-bias measurement looks at. */
  public enum Scope {
    ALL,
    CRITICAL
  }

  /**
   * Which decisions, counted from the executive's last retake of the inventory: all of them, those
   * made before it (each judged against the profile he had then), or those since (judged against
   * his current profile). Without a retake there is only {@link #ALL}.
   */
  public enum Period {
    ALL,
    BEFORE,
    SINCE;

    /** The period named {@code all}, {@code before} or {@code since}, in any case. */
    public static java.util.Optional<Period> parse(String name) {
      for (Period p : values()) {
        if (name != null && p.name().equalsIgnoreCase(name.strip())) {
          return java.util.Optional.of(p);
        }
      }
      return java.util.Optional.empty();
    }

    /** The value of the {@code period} parameter that asks for this period. */
    public String parameter() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A piece of work with its candidates best fit first: live from the candidate pool while open,
   * the snapshot once decided.
   *
   * @param nudge the sentence to read before deciding, or null when the history shows no strong
   *     pattern (always null once decided)
   */
  public record Advice(WorkItem work, List<CandidateView> candidates, String nudge) {}

  /**
   * One candidate as the advisor shows them.
   *
   * @param goingWell null when withdrawn
   * @param fit NaN when withdrawn
   * @param withdrawn the person stopped sharing the result this decision weighed: only the rank,
   *     the choice and whether they were weighed are kept
   */
  public record CandidateView(
      String person,
      String name,
      boolean estimate,
      double confidence,
      DriveScores goingWell,
      double fit,
      int rank,
      String reason,
      boolean chosen,
      boolean considered,
      boolean withdrawn) {

    /** Fit as a whole number, as shown. */
    public long fitShown() {
      return Math.round(fit);
    }
  }

  /**
   * What the executive decided.
   *
   * @param considered the candidates he weighed; null or empty means all shown
   */
  public record Choice(PersonId chosen, String why, List<PersonId> considered) {}

  /**
   * The measurement of comfort bias over the executive's stored decisions.
   *
   * @param recorded decided pieces of work in the scope
   * @param analysed those with at least two candidates considered
   * @param moreNeeded decisions still needed before the measurement means anything (0 when enough)
   * @param hasProfile whether there is a profile of the executive to compare candidates with
   * @param report null while {@code moreNeeded > 0} or without a profile
   * @param expectedShareByQuarter per quarter of the report's trend, the mean share of candidates
   *     motivated like the executive: what the share to alike would be if similarity played no part
   * @param period the period measured; {@link Period#ALL} when he never retook the inventory
   * @param lastRetake the day of his last retake, null when he never retook
   * @param profileChanges the days he retook the inventory between the first and the last decision
   *     in scope and period, oldest first
   * @param beforeFirstProfile analysed decisions made before he had a profile, judged against his
   *     first
   * @param firstProfileOn the day of his first result, null when he has none
   * @param sinceLastRetake decisions in scope made since his last retake (all of them without one)
   */
  public record Pattern(
      Scope scope,
      int recorded,
      int analysed,
      int moreNeeded,
      boolean hasProfile,
      ComfortBiasReport report,
      List<Double> expectedShareByQuarter,
      Period period,
      LocalDate lastRetake,
      List<LocalDate> profileChanges,
      int beforeFirstProfile,
      LocalDate firstProfileOn,
      int sinceLastRetake) {

    public Pattern {
      profileChanges = List.copyOf(profileChanges);
    }

    /** The address of the pattern page for this scope and period. */
    public static String href(Scope scope, Period period) {
      return "/delegation/pattern?scope="
          + scope.name().toLowerCase(java.util.Locale.ROOT)
          + "&period="
          + period.parameter();
    }
  }

  @Transactional
  public UUID create(CurrentUser executive, NewWork work) {
    requireExecutive(executive);
    UUID id = UUID.randomUUID();
    items.add(
        new WorkItem(
            id,
            executive.id(),
            executive.organisation(),
            work.title(),
            work.description(),
            work.criticality(),
            work.demand(),
            work.skills(),
            work.dueOn(),
            now(),
            null,
            null));
    return id;
  }

  /** The executive's own work, open first. */
  public List<WorkItem> workOf(CurrentUser executive) {
    requireExecutive(executive);
    return readable(executive, items.ofExecutive(executive.id()));
  }

  /**
   * A colleague who stops sharing their result with an executive is taken out of his delegation
   * records in the same transaction: the snapshots of their result lose the scores, the fit and the
   * reason (see {@link WorkItem.Snapshot}). Read paths filter as well ({@link #readable}), so that
   * no page depends on this having run.
   */
  @EventListener
  void on(ShareWithdrawn withdrawn) {
    // a decision made before he had a profile is judged against his first, as the pattern does
    DriveScores first = OwnResults.of(profiles.history(withdrawn.viewer())).firstGoingWell();
    items.withdraw(
        withdrawn.owner(),
        withdrawn.viewer(),
        (then, colleague) -> {
          DriveScores executive = then != null ? then : first;
          return executive == null ? null : Similarity.motivatedAlike(executive, colleague);
        },
        now());
  }

  /**
   * The work as the executive may read it now: a snapshot of a colleague's own result counts as
   * withdrawn whenever that colleague does not share it with him at this moment, whatever the
   * database still holds.
   */
  private List<WorkItem> readable(CurrentUser executive, List<WorkItem> work) {
    if (work.stream().noneMatch(w -> w.decided() && hasOwnResults(w))) {
      return work;
    }
    Set<PersonId> sharing = new HashSet<>(this.sharing.sharedWith(executive.id()));
    List<WorkItem> out = new ArrayList<>(work.size());
    for (WorkItem w : work) {
      out.add(w.decided() ? withdrawnUnless(sharing, w) : w);
    }
    return out;
  }

  private static boolean hasOwnResults(WorkItem w) {
    return w.decision().candidates().stream().anyMatch(s -> s.ownResult() && !s.withdrawn());
  }

  private static WorkItem withdrawnUnless(Set<PersonId> sharing, WorkItem w) {
    WorkItem.Decided d = w.decision();
    List<WorkItem.Snapshot> kept = new ArrayList<>(d.candidates().size());
    for (WorkItem.Snapshot s : d.candidates()) {
      kept.add(
          s.ownResult() && !s.withdrawn() && !sharing.contains(s.person()) ? s.withdrawnNow() : s);
    }
    return w.withDecision(
        new WorkItem.Decided(
            d.on(), d.chosen(), d.chosenName(), d.why(), d.executiveGoingWell(), kept));
  }

  /** One piece of the executive's own work with its candidates and, while open, the nudge. */
  public Advice advise(CurrentUser executive, UUID id) {
    WorkItem work = own(executive, id);
    if (work.decided()) {
      List<CandidateView> shown = new ArrayList<>();
      for (WorkItem.Snapshot s : work.decision().candidates()) {
        shown.add(
            new CandidateView(
                s.person().toString(),
                s.name(),
                "ESTIMATE".equals(s.source()),
                s.confidence(),
                s.withdrawn() ? null : s.profile().goingWell(),
                s.fit(),
                s.rank(),
                s.withdrawn()
                    ? s.name()
                        + " has stopped sharing their result with you: of this candidate the"
                        + " record keeps only the rank, whether you weighed them and whom you"
                        + " chose."
                    : s.reason(),
                s.person().equals(work.decision().chosen()),
                s.considered(),
                s.withdrawn()));
      }
      return new Advice(work, shown, null);
    }
    return new Advice(work, candidatesFor(executive, work.demand()), nudge(executive).orElse(null));
  }

  /**
   * The executive's candidates for work of this demand, best fit first, as the advisor ranks them.
   */
  public List<CandidateView> candidatesFor(CurrentUser executive, DriveScores demand) {
    requireExecutive(executive);
    List<CandidateView> shown = new ArrayList<>();
    for (Ranked r : rank(executive, demand)) {
      shown.add(live(r));
    }
    return shown;
  }

  private static CandidateView live(Ranked r) {
    return new CandidateView(
        r.profile().person().toString(),
        r.profile().name(),
        r.profile().source() == CandidateProfile.Source.ESTIMATE,
        r.profile().confidence(),
        r.profile().profile().goingWell(),
        r.ranked().fit(),
        r.ranked().rank(),
        r.ranked().reason(),
        false,
        false,
        false);
  }

  /**
   * Records whom the executive chose, why, and the snapshot of every candidate shown.
   *
   * @throws IllegalArgumentException "chosen: …", "why: …" or "considered: …"
   * @throws IllegalStateException when the work was decided already
   */
  @Transactional
  public void choose(CurrentUser executive, UUID id, Choice choice) {
    WorkItem work = own(executive, id);
    decide(executive, work, choice, LocalDate.ofInstant(now(), ZoneOffset.UTC));
  }

  /**
   * Records a decision taken earlier, such as one from before the executive used Velocity: a new
   * piece of work, decided on the given day among the given candidates of his pool.
   */
  @Transactional
  public UUID recordPast(CurrentUser executive, NewWork work, LocalDate decidedOn, Choice choice) {
    LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
    if (decidedOn == null || decidedOn.isAfter(today)) {
      throw new IllegalArgumentException("decidedOn: give a day that is not in the future");
    }
    UUID id = create(executive, work);
    decide(executive, own(executive, id), choice, decidedOn);
    return id;
  }

  /**
   * Rates how the delegated work went, 1 (badly) to 5 (very well), with an optional note; a later
   * rating replaces an earlier one.
   */
  @Transactional
  public void rateOutcome(CurrentUser executive, UUID id, int rating, String note) {
    WorkItem work = own(executive, id);
    if (!work.decided()) {
      throw new IllegalStateException("Choose someone for the work before rating its outcome.");
    }
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException(
          "rating: rate the outcome from 1 (badly) to 5 (very well)");
    }
    String text = note == null ? "" : note.strip();
    if (text.length() > MAX_NOTE) {
      throw new IllegalArgumentException("note: keep the note under " + MAX_NOTE + " characters");
    }
    items.rate(id, new WorkItem.Outcome(rating, text, now()));
  }

  /** The comfort-bias measurement over all the executive's stored decisions. */
  public Pattern pattern(CurrentUser executive, Scope scope) {
    return pattern(executive, scope, Period.ALL);
  }

  /**
   * The comfort-bias measurement over the executive's stored decisions in scope and period, each
   * judged against his profile at the time of the decision.
   */
  public Pattern pattern(CurrentUser executive, Scope scope, Period period) {
    requireExecutive(executive);
    OwnResults mine = OwnResults.of(profiles.history(executive.id()));
    Period applied = mine.lastRetake() == null ? Period.ALL : period;
    List<WorkItem> decided = decidedOldestFirst(executive);
    if (scope == Scope.CRITICAL) {
      decided = decided.stream().filter(w -> w.criticality() == Criticality.CRITICAL).toList();
    }
    int sinceLastRetake =
        (int) decided.stream().filter(w -> mine.judgedByLatest(w.decision())).count();
    if (applied != Period.ALL) {
      boolean since = applied == Period.SINCE;
      decided = decided.stream().filter(w -> mine.judgedByLatest(w.decision()) == since).toList();
    }
    List<LocalDate> changes =
        decided.isEmpty()
            ? List.of()
            : mine
                .retakesBetween(
                    decided.get(0).decision().on(), decided.get(decided.size() - 1).decision().on())
                .stream()
                // the views before and since the last retake end or start with it: it changed
                // nothing within them, even where a decision fell on the same day
                .filter(day -> applied == Period.ALL || !day.equals(mine.lastRetake()))
                .toList();
    DelegationHistory history =
        DelegationHistory.of(decided, mine.firstGoingWell(), mine.firstOn());
    int analysed = history == null ? 0 : history.decisions().size();
    int more = Math.max(0, SimilarityEffect.MIN_DECISIONS - analysed);
    ComfortBiasReport report = null;
    List<Double> expected = List.of();
    if (history != null && more == 0) {
      report =
          ComfortBiasAnalysis.analyse(
              history.executive(), history.people(), history.withheld(), history.decisions());
      expected = expectedShareByQuarter(history, report);
    }
    return new Pattern(
        scope,
        decided.size(),
        analysed,
        more,
        history != null,
        report,
        expected,
        applied,
        mine.lastRetake(),
        changes,
        history == null ? 0 : history.beforeFirstProfile(),
        mine.firstOn(),
        sinceLastRetake);
  }

  private static List<Double> expectedShareByQuarter(
      DelegationHistory history, ComfortBiasReport report) {
    Map<String, double[]> byQuarter = new HashMap<>();
    for (int t = 0; t < history.decisions().size(); t++) {
      LocalDate on = history.decisions().get(t).decidedOn();
      String label = on.getYear() + "-Q" + ((on.getMonthValue() - 1) / 3 + 1);
      double[] sum = byQuarter.computeIfAbsent(label, k -> new double[2]);
      sum[0] += history.alikeShare().get(t);
      sum[1]++;
    }
    return report.trend().stream()
        .map(q -> byQuarter.get(q.label()))
        .map(s -> s == null ? 0.0 : s[0] / s[1])
        .toList();
  }

  private java.util.Optional<String> nudge(CurrentUser executive) {
    OwnResults mine = OwnResults.of(profiles.history(executive.id()));
    DelegationHistory history =
        DelegationHistory.of(decidedOldestFirst(executive), mine.firstGoingWell(), mine.firstOn());
    if (history == null || history.decisions().isEmpty()) {
      return java.util.Optional.empty();
    }
    return Nudge.from(
            history.decisions(), history.executive(), history.people(), history.withheld())
        .map(Nudge::sentence);
  }

  /**
   * Records the decision, judged against the executive as he was on {@code on}: the result he had
   * completed by the end of that day (UTC), or for a day before his first result that first one.
   */
  private void decide(CurrentUser executive, WorkItem work, Choice choice, LocalDate on) {
    if (work.decided()) {
      throw new IllegalStateException(
          "This work was handed to " + work.decision().chosenName() + " already.");
    }
    if (choice == null || choice.chosen() == null) {
      throw new IllegalArgumentException("chosen: choose the person you hand the work to");
    }
    String why = choice.why() == null ? "" : choice.why().strip();
    if (why.isEmpty()) {
      throw new IllegalArgumentException("why: say in a few words why you chose them");
    }
    if (why.length() > MAX_WHY) {
      throw new IllegalArgumentException("why: keep the reason under " + MAX_WHY + " characters");
    }
    List<Ranked> ranked = rank(executive, work.demand());
    Set<PersonId> shown = new HashSet<>();
    ranked.forEach(r -> shown.add(r.profile().person()));
    if (!shown.contains(choice.chosen())) {
      throw new IllegalArgumentException("chosen: choose one of the candidates shown");
    }
    Set<PersonId> considered = new HashSet<>();
    if (choice.considered() == null || choice.considered().isEmpty()) {
      considered.addAll(shown);
    } else {
      for (PersonId p : choice.considered()) {
        if (!shown.contains(p)) {
          throw new IllegalArgumentException("considered: name only candidates that were shown");
        }
        considered.add(p);
      }
      considered.add(choice.chosen());
    }
    List<WorkItem.Snapshot> snapshot = new ArrayList<>(ranked.size());
    DriveScores me = OwnResults.of(profiles.history(executive.id())).goingWellOn(on);
    String chosenName = null;
    for (Ranked r : ranked) {
      CandidateProfile c = r.profile();
      if (c.person().equals(choice.chosen())) {
        chosenName = c.name();
      }
      snapshot.add(
          new WorkItem.Snapshot(
              c.person(),
              c.name(),
              c.source().name(),
              c.confidence(),
              c.profile(),
              r.ranked().fit(),
              r.ranked().rank(),
              r.ranked().reason(),
              considered.contains(c.person()),
              me == null ? null : Similarity.motivatedAlike(me, c.profile().goingWell())));
    }
    WorkItem.Decided decided =
        new WorkItem.Decided(on, choice.chosen(), chosenName, why, me, snapshot);
    if (!items.decide(work.id(), decided)) {
      throw new IllegalStateException("This work was decided already.");
    }
  }

  private record Ranked(CandidateProfile profile, RankedCandidate ranked) {}

  private List<Ranked> rank(CurrentUser executive, DriveScores demand) {
    Map<String, CandidateProfile> byId = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>();
    for (CandidateProfile c : pool.candidatesFor(executive)) {
      String id = c.person().toString();
      if (byId.putIfAbsent(id, c) == null) {
        candidates.add(new Candidate(id, c.name(), c.profile().goingWell(), c.confidence()));
      }
    }
    List<Ranked> out = new ArrayList<>(candidates.size());
    for (RankedCandidate r : FitRanking.rank(demand, candidates)) {
      out.add(new Ranked(byId.get(r.candidate().id()), r));
    }
    return out;
  }

  private List<WorkItem> decidedOldestFirst(CurrentUser executive) {
    List<WorkItem> decided =
        new ArrayList<>(workOf(executive).stream().filter(WorkItem::decided).toList());
    decided.sort(
        java.util.Comparator.comparing((WorkItem w) -> w.decision().on())
            .thenComparing(WorkItem::createdAt)
            .thenComparing(WorkItem::id));
    return decided;
  }

  private WorkItem own(CurrentUser executive, UUID id) {
    requireExecutive(executive);
    WorkItem work =
        items
            .find(id)
            .filter(w -> w.executive().equals(executive.id()))
            .filter(w -> w.organisation().equals(executive.organisation()))
            .orElseThrow(WorkNotFound::new);
    return readable(executive, List.of(work)).get(0);
  }

  private static void requireExecutive(CurrentUser user) {
    if (!user.is(Role.EXECUTIVE) || user.organisation() == null) {
      throw new NotAnExecutive();
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}
