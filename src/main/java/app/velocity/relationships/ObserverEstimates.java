package app.velocity.relationships;

import app.velocity.inventory.ProfileResult;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.Drive;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.estimates.Acquaintance;
import app.velocity.motivation.estimates.Calibration;
import app.velocity.motivation.estimates.Closeness;
import app.velocity.motivation.estimates.CombinedEstimate;
import app.velocity.motivation.estimates.EstimateAccuracy;
import app.velocity.motivation.estimates.EstimatorCalibration;
import app.velocity.motivation.estimates.KnownFor;
import app.velocity.motivation.estimates.ObservedSetting;
import app.velocity.motivation.estimates.ObserverAnswers;
import app.velocity.motivation.estimates.ObserverEstimate;
import app.velocity.motivation.estimates.ObserverQuestionnaire;
import app.velocity.organisations.Access;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Observer estimates as people make and see them. An estimate is seen by its estimator; by the
 * estimator's coach once the estimator shares it; and, when a coach made it for a client, by that
 * client. Never by the person estimated, and never merged into a self-reported result.
 */
@Service
public class ObserverEstimates {

  private static final String COLUMNS =
      "id, estimator_id, subject_id, for_executive_id, version, answers, known_for, closeness,"
          + " settings, shared_with_coach, estimated_at";

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Access access;
  private final ProfileSharing sharing;
  private final Clock clock;
  private final Calibration calibration = new Calibration(ModelSettings.defaults());

  ObserverEstimates(
      JdbcClient jdbc, Directory directory, Access access, ProfileSharing sharing, Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.access = access;
    this.sharing = sharing;
    this.clock = clock;
  }

  /** The questionnaire new estimates are made with. */
  public ObserverQuestionnaire questionnaire() {
    return ObserverQuestionnaire.current();
  }

  /**
   * Saves an estimate of {@code subject} by an executive of the same organisation, or by a coach
   * for one of their clients ({@code forExecutive}) about a person of the client's organisation.
   *
   * @throws IllegalArgumentException "field: message" for answers that cannot make an estimate
   * @throws PersonNotFound when the estimator may not know of the subject
   */
  public StoredEstimate submit(
      CurrentUser estimator,
      PersonId forExecutive,
      PersonId subject,
      Acquaintance acquaintance,
      ObserverAnswers answers,
      boolean shareWithCoach) {
    requireMayEstimate(estimator, forExecutive, subject);
    ObserverQuestionnaire questionnaire = questionnaire();
    ObserverEstimate estimate;
    try {
      estimate = ObserverEstimate.from(questionnaire, acquaintance, answers);
    } catch (app.velocity.motivation.estimates.TooFewObservations e) {
      throw new IllegalArgumentException("answers: " + e.getMessage());
    }
    UUID id = UUID.randomUUID();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    var p = estimate.profile();
    jdbc.sql(
            "insert into observer_estimates (id, estimator_id, subject_id, for_executive_id,"
                + " version, answers, known_for, closeness, settings, well_people,"
                + " well_performance, well_process, conflict_people, conflict_performance,"
                + " conflict_process, confidence, shared_with_coach, estimated_at) values (:id,"
                + " :estimator, :subject, :forExecutive, :version, :answers, :knownFor,"
                + " :closeness, :settings, :wp, :wf, :wr, :cp, :cf, :cr, :confidence, :shared,"
                + " :at)")
        .param("id", id)
        .param("estimator", estimator.id().value())
        .param("subject", subject.value())
        .param("forExecutive", forExecutive == null ? null : forExecutive.value())
        .param("version", questionnaire.version())
        .param("answers", writeAnswers(answers))
        .param("knownFor", acquaintance.knownFor().name())
        .param("closeness", acquaintance.closeness().name())
        .param(
            "settings",
            acquaintance.settings().stream().map(Enum::name).collect(Collectors.joining(",")))
        .param("wp", p.goingWell().people())
        .param("wf", p.goingWell().performance())
        .param("wr", p.goingWell().process())
        .param("cp", p.conflict().people())
        .param("cf", p.conflict().performance())
        .param("cr", p.conflict().process())
        .param("confidence", estimate.confidence())
        .param("shared", shareWithCoach)
        .param("at", now)
        .update();
    return byId(id).orElseThrow();
  }

  private void requireMayEstimate(CurrentUser estimator, PersonId forExecutive, PersonId subject) {
    if (estimator.id().equals(subject)) {
      throw new IllegalArgumentException(
          "subject: you cannot estimate yourself; take the inventory");
    }
    PersonView person = directory.person(subject).orElseThrow(PersonNotFound::new);
    if (!person.role().belongsToClient() || !person.active()) {
      throw new PersonNotFound();
    }
    if (estimator.is(Role.EXECUTIVE) && forExecutive == null) {
      access.visiblePerson(estimator, subject);
      return;
    }
    if (estimator.is(Role.COACH) && forExecutive != null) {
      PersonView client = directory.person(forExecutive).orElseThrow(PersonNotFound::new);
      if (!estimator.id().equals(client.coach())
          || client.organisation() == null
          || !client.organisation().equals(person.organisation())
          || client.id().equals(subject)) {
        throw new PersonNotFound();
      }
      return;
    }
    throw new PersonNotFound();
  }

  /** Lets the estimator's coach see one of their estimates, or takes it back. */
  public void shareWithCoach(CurrentUser estimator, UUID estimate, boolean share) {
    int changed =
        jdbc.sql(
                "update observer_estimates set shared_with_coach = :share"
                    + " where id = :id and estimator_id = :estimator")
            .param("share", share)
            .param("id", estimate)
            .param("estimator", estimator.id().value())
            .update();
    if (changed == 0) {
      throw new EstimateNotFound();
    }
  }

  /**
   * Each estimator's latest estimate of the subject that the viewer may see. The subject never sees
   * an estimate of themselves.
   */
  public List<StoredEstimate> visibleOf(CurrentUser viewer, PersonId subject) {
    if (viewer.id().equals(subject) || viewer.is(Role.SPONSOR) || viewer.is(Role.FIRM_ADMIN)) {
      return List.of();
    }
    List<StoredEstimate> all =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from observer_estimates where subject_id = :subject"
                    + " order by estimated_at, id")
            .param("subject", subject.value())
            .query(ObserverEstimates::row)
            .list();
    return latestViewable(viewer, all);
  }

  /** Of one subject's estimates, oldest first: each estimator's latest the viewer may see. */
  private List<StoredEstimate> latestViewable(CurrentUser viewer, List<StoredEstimate> all) {
    Map<PersonId, StoredEstimate> latest = new LinkedHashMap<>();
    for (StoredEstimate e : all) {
      if (mayView(viewer, e)) {
        latest.put(e.estimator(), e);
      }
    }
    return List.copyOf(latest.values());
  }

  private boolean mayView(CurrentUser viewer, StoredEstimate e) {
    if (viewer.id().equals(e.estimator()) || viewer.id().equals(e.forExecutive())) {
      return true;
    }
    if (!viewer.is(Role.COACH) || !e.sharedWithCoach()) {
      return false;
    }
    return directory
        .person(e.estimator())
        .map(p -> viewer.id().equals(p.coach()) && p.active())
        .orElse(false);
  }

  /** The estimates of the subject the viewer may see, combined; empty when there are none. */
  public Optional<CombinedEstimate> combinedFor(CurrentUser viewer, PersonId subject) {
    List<ObserverEstimate> estimates =
        visibleOf(viewer, subject).stream().map(StoredEstimate::estimate).toList();
    return estimates.isEmpty() ? Optional.empty() : Optional.of(CombinedEstimate.of(estimates));
  }

  /**
   * The same for several subjects at once (the people on a map or in a team), read in one statement
   * instead of one per person; subjects without an estimate the viewer may see are not in the map.
   */
  public Map<PersonId, CombinedEstimate> combinedFor(
      CurrentUser viewer, Collection<PersonId> subjects) {
    List<PersonId> asked =
        subjects.stream()
            .distinct()
            .filter(s -> !viewer.id().equals(s))
            .filter(s -> !viewer.is(Role.SPONSOR) && !viewer.is(Role.FIRM_ADMIN))
            .toList();
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<PersonId, List<StoredEstimate>> bySubject = new LinkedHashMap<>();
    jdbc.sql(
            "select "
                + COLUMNS
                + " from observer_estimates where subject_id in (:subjects)"
                + " order by estimated_at, id")
        .param("subjects", asked.stream().map(PersonId::value).toList())
        .query(ObserverEstimates::row)
        .list()
        .forEach(e -> bySubject.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(e));
    Map<PersonId, CombinedEstimate> combined = new LinkedHashMap<>();
    bySubject.forEach(
        (subject, all) -> {
          List<ObserverEstimate> visible =
              latestViewable(viewer, all).stream().map(StoredEstimate::estimate).toList();
          if (!visible.isEmpty()) {
            combined.put(subject, CombinedEstimate.of(visible));
          }
        });
    return combined;
  }

  /** The estimator's latest estimate of each person they estimated, newest first. */
  public List<StoredEstimate> own(CurrentUser estimator) {
    List<StoredEstimate> all =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from observer_estimates where estimator_id = :estimator"
                    + " order by estimated_at, id")
            .param("estimator", estimator.id().value())
            .query(ObserverEstimates::row)
            .list();
    Map<PersonId, StoredEstimate> latest = new LinkedHashMap<>();
    all.forEach(e -> latest.put(e.subject(), e));
    List<StoredEstimate> newestFirst = new ArrayList<>(latest.values());
    newestFirst.sort((a, b) -> b.estimatedAt().compareTo(a.estimatedAt()));
    return newestFirst;
  }

  /** The estimator's latest estimate of the subject, for filling in the form again. */
  public Optional<StoredEstimate> latestBy(CurrentUser estimator, PersonId subject) {
    return own(estimator).stream().filter(e -> e.subject().equals(subject)).findFirst();
  }

  /**
   * How far each of the estimator's estimates lay from the person's own result, for the people
   * whose result the estimator may now see.
   */
  public Map<UUID, EstimateAccuracy> accuracies(CurrentUser estimator, List<StoredEstimate> mine) {
    Map<UUID, EstimateAccuracy> result = new LinkedHashMap<>();
    for (StoredEstimate e : mine) {
      Optional<ProfileResult> own =
          sharing.latestVisibleTo(estimator, e.subject(), "estimate calibration");
      if (own.isPresent()) {
        String name = directory.person(e.subject()).map(PersonView::name).orElse("them");
        LocalDate on = e.estimatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        result.put(
            e.id(), calibration.accuracy(name, on, e.estimate().profile(), own.get().profile()));
      }
    }
    return result;
  }

  /** The estimator's calibration over their recent comparable estimates. */
  public EstimatorCalibration calibration(Map<UUID, EstimateAccuracy> accuracies) {
    return calibration.overTime(List.copyOf(accuracies.values()));
  }

  Optional<StoredEstimate> byId(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from observer_estimates where id = :id")
        .param("id", id)
        .query(ObserverEstimates::row)
        .optional();
  }

  static String writeAnswers(ObserverAnswers answers) {
    return answers.picks().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue().name())
        .collect(Collectors.joining(","));
  }

  static ObserverAnswers readAnswers(String text) {
    Map<String, Drive> picks = new TreeMap<>();
    if (!text.isBlank()) {
      for (String pair : text.split(",")) {
        String[] kv = pair.split("=", 2);
        picks.put(kv[0], Drive.valueOf(kv[1]));
      }
    }
    return new ObserverAnswers(picks);
  }

  private static StoredEstimate row(ResultSet rs, int n) throws SQLException {
    UUID forExecutive = rs.getObject("for_executive_id", UUID.class);
    Set<ObservedSetting> settings = EnumSet.noneOf(ObservedSetting.class);
    Arrays.stream(rs.getString("settings").split(","))
        .filter(s -> !s.isBlank())
        .forEach(s -> settings.add(ObservedSetting.valueOf(s)));
    return new StoredEstimate(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("estimator_id", UUID.class)),
        new PersonId(rs.getObject("subject_id", UUID.class)),
        forExecutive == null ? null : new PersonId(forExecutive),
        rs.getString("version"),
        readAnswers(rs.getString("answers")),
        new Acquaintance(
            KnownFor.valueOf(rs.getString("known_for")),
            Closeness.valueOf(rs.getString("closeness")),
            settings),
        rs.getBoolean("shared_with_coach"),
        rs.getObject("estimated_at", OffsetDateTime.class).toInstant());
  }
}
