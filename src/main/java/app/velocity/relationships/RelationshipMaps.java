package app.velocity.relationships;

import app.velocity.inventory.ProfileResult;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.estimates.CombinedEstimate;
import app.velocity.motivation.report.TriangleSvg;
import app.velocity.motivation.team.Attention;
import app.velocity.motivation.team.AttentionPattern;
import app.velocity.motivation.team.AttentionRanking;
import app.velocity.motivation.team.Frequency;
import app.velocity.motivation.team.Relationship;
import app.velocity.organisations.Access;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.NewPerson;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Executives' relationship maps: the key relationships they rate, with each person's profile as the
 * viewer may see it (a shared result, an estimate, or unknown). The map is the executive's own;
 * they may let their coach read it. Sponsors never see it.
 *
 * <p>Other modules read it through {@link #profilesOnMap(PersonId)}.
 */
@Service
public class RelationshipMaps {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Access access;
  private final ProfileSharing sharing;
  private final ObserverEstimates estimates;
  private final Clock clock;

  RelationshipMaps(
      JdbcClient jdbc,
      Directory directory,
      Access access,
      ProfileSharing sharing,
      ObserverEstimates estimates,
      Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.access = access;
    this.sharing = sharing;
    this.estimates = estimates;
    this.clock = clock;
  }

  /**
   * The people on the executive's map whose profile the executive may see: their own result when
   * they shared it with the executive (confidence 1.0), otherwise the estimates the executive may
   * see, combined. People with neither are left out. Each read of a shared result is audited.
   */
  @Transactional
  public List<MappedProfile> profilesOnMap(PersonId executive) {
    PersonView owner =
        directory
            .person(executive)
            .filter(p -> p.role() == Role.EXECUTIVE && p.active())
            .orElse(null);
    if (owner == null) {
      return List.of();
    }
    CurrentUser viewer = CurrentUser.of(owner);
    Map<PersonId, PersonView> people = colleagues(owner);
    List<MappedProfile> profiles = new ArrayList<>();
    List<MapEntry> entries = entries(executive);
    Map<PersonId, ProfileResult> shared =
        sharing.latestVisibleTo(
            viewer, entries.stream().map(MapEntry::person).toList(), "relationship map (read API)");
    Map<PersonId, KnownProfile> knownOnes =
        knowAll(viewer, entries.stream().map(MapEntry::person).toList(), shared);
    for (MapEntry entry : entries) {
      KnownProfile known = knownOnes.get(entry.person());
      if (known.known()) {
        profiles.add(
            new MappedProfile(
                entry.person(),
                people.containsKey(entry.person())
                    ? people.get(entry.person()).name()
                    : nameOf(entry.person()),
                known.source(),
                known.profile(),
                known.estimate() ? known.confidence() : 1.0));
      }
    }
    return profiles;
  }

  /**
   * What the viewer may know of the subject's profile: the subject's own result if the viewer may
   * see it (a shared result always wins), otherwise the estimates the viewer may see, combined.
   */
  KnownProfile know(CurrentUser viewer, PersonId subject, String where) {
    return know(viewer, subject, sharing.latestVisibleTo(viewer, subject, where).orElse(null));
  }

  /**
   * The same, with the subject's own result already looked up (null when the viewer may not see
   * one), for pages that look up everyone's at once.
   */
  KnownProfile know(CurrentUser viewer, PersonId subject, ProfileResult own) {
    if (own != null) {
      return known(own);
    }
    return estimates.combinedFor(viewer, subject).map(this::known).orElseGet(KnownProfile::unknown);
  }

  /**
   * The same for everyone on a page at once, their own results already looked up: the estimates of
   * those without a visible result are read in one statement, not one per person.
   */
  Map<PersonId, KnownProfile> knowAll(
      CurrentUser viewer, List<PersonId> subjects, Map<PersonId, ProfileResult> own) {
    Map<PersonId, CombinedEstimate> combined =
        estimates.combinedFor(viewer, subjects.stream().filter(s -> !own.containsKey(s)).toList());
    Map<PersonId, KnownProfile> known = new HashMap<>();
    for (PersonId subject : subjects) {
      known.put(
          subject,
          own.containsKey(subject)
              ? known(own.get(subject))
              : combined.containsKey(subject)
                  ? known(combined.get(subject))
                  : KnownProfile.unknown());
    }
    return known;
  }

  private KnownProfile known(ProfileResult own) {
    return new KnownProfile(MappedProfile.Source.SELF, own.profile(), 1.0, 0, List.of());
  }

  private KnownProfile known(CombinedEstimate c) {
    return new KnownProfile(
        MappedProfile.Source.ESTIMATE, c.profile(), c.confidence(), c.estimators(), c.notes());
  }

  // Entries

  /** The executive's entries, in the order they were added. */
  public List<MapEntry> entries(PersonId executive) {
    return jdbc.sql(
            "select person_id, importance, frequency, ease, effectiveness, notes"
                + " from relationship_entries where executive_id = :executive"
                + " order by added_at, person_id")
        .param("executive", executive.value())
        .query(
            (rs, n) ->
                new MapEntry(
                    new PersonId(rs.getObject("person_id", UUID.class)),
                    rs.getInt("importance"),
                    Frequency.valueOf(rs.getString("frequency")),
                    rs.getInt("ease"),
                    rs.getInt("effectiveness"),
                    rs.getString("notes")))
        .list();
  }

  /** One entry of the executive's own map. */
  public Optional<MapEntry> entry(CurrentUser executive, PersonId person) {
    requireExecutive(executive);
    return entries(executive.id()).stream().filter(e -> e.person().equals(person)).findFirst();
  }

  /**
   * What is needed to add a colleague: one of the organisation, or a new one by name and e-mail.
   */
  public record NewColleague(String name, String email) {}

  /**
   * Puts a person on the executive's map; with {@code newColleague} set, first adds them to the
   * executive's organisation as a colleague.
   *
   * @throws IllegalArgumentException "field: message" naming the field at fault
   */
  @Transactional
  public PersonId add(CurrentUser executive, MapEntry entry, NewColleague newColleague) {
    requireExecutive(executive);
    PersonId person = entry.person();
    if (newColleague != null) {
      if (newColleague.name() == null || newColleague.name().isBlank()) {
        throw new IllegalArgumentException("newName: give the colleague's name");
      }
      if (newColleague.email() == null || newColleague.email().isBlank()) {
        throw new IllegalArgumentException("newEmail: give the colleague's e-mail address");
      }
      try {
        person =
            directory
                .addPerson(
                    new NewPerson(
                        newColleague.name().strip(),
                        newColleague.email().strip(),
                        Role.COLLEAGUE,
                        executive.organisation(),
                        null))
                .id();
      } catch (app.velocity.organisations.InvalidPersonData e) {
        throw new IllegalArgumentException(
            ("email".equals(e.field()) ? "newEmail" : "newName") + ": " + e.getMessage());
      }
    } else {
      requireColleague(executive, person);
    }
    PersonId added = person;
    if (entries(executive.id()).stream().anyMatch(e -> e.person().equals(added))) {
      throw new IllegalArgumentException("person: " + nameOf(added) + " is already on your map");
    }
    OffsetDateTime now = now();
    jdbc.sql(
            "insert into relationship_entries (executive_id, person_id, importance, frequency,"
                + " ease, effectiveness, notes, added_at, changed_at) values (:executive, :person,"
                + " :importance, :frequency, :ease, :effectiveness, :notes, :now, :now)")
        .param("executive", executive.id().value())
        .param("person", person.value())
        .param("importance", entry.importance())
        .param("frequency", entry.frequency().name())
        .param("ease", entry.ease())
        .param("effectiveness", entry.effectiveness())
        .param("notes", entry.notes())
        .param("now", now)
        .update();
    return person;
  }

  /** Changes the ratings and notes of a person on the executive's map. */
  public void change(CurrentUser executive, MapEntry entry) {
    requireExecutive(executive);
    if (entry.person() == null) {
      throw new PersonNotFound();
    }
    int changed =
        jdbc.sql(
                "update relationship_entries set importance = :importance, frequency = :frequency,"
                    + " ease = :ease, effectiveness = :effectiveness, notes = :notes,"
                    + " changed_at = :now where executive_id = :executive and person_id = :person")
            .param("executive", executive.id().value())
            .param("person", entry.person().value())
            .param("importance", entry.importance())
            .param("frequency", entry.frequency().name())
            .param("ease", entry.ease())
            .param("effectiveness", entry.effectiveness())
            .param("notes", entry.notes())
            .param("now", now())
            .update();
    if (changed == 0) {
      throw new PersonNotFound();
    }
  }

  /** Takes a person off the executive's map (their estimates and teams stay). */
  public void remove(CurrentUser executive, PersonId person) {
    requireExecutive(executive);
    int removed =
        jdbc.sql(
                "delete from relationship_entries"
                    + " where executive_id = :executive and person_id = :person")
            .param("executive", executive.id().value())
            .param("person", person.value())
            .update();
    if (removed == 0) {
      throw new PersonNotFound();
    }
  }

  /** People of the executive's organisation not on the map yet, by name. */
  public List<PersonView> candidates(CurrentUser executive) {
    requireExecutive(executive);
    return candidates(
        executive, entries(executive.id()), directory.peopleIn(executive.organisation()));
  }

  private static List<PersonView> candidates(
      CurrentUser executive, List<MapEntry> entries, List<PersonView> organisation) {
    Set<PersonId> onMap = new HashSet<>();
    entries.forEach(e -> onMap.add(e.person()));
    return organisation.stream()
        .filter(PersonView::active)
        .filter(p -> !p.id().equals(executive.id()) && !onMap.contains(p.id()))
        .sorted(Comparator.comparing(PersonView::name))
        .toList();
  }

  // Sharing with the coach

  public void shareWithCoach(CurrentUser executive, boolean share) {
    requireExecutive(executive);
    int updated =
        jdbc.sql(
                "update relationship_map_sharing set shared_with_coach = :share, changed_at = :now"
                    + " where executive_id = :executive")
            .param("share", share)
            .param("now", now())
            .param("executive", executive.id().value())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into relationship_map_sharing (executive_id, shared_with_coach, changed_at)"
                  + " values (:executive, :share, :now)")
          .param("share", share)
          .param("now", now())
          .param("executive", executive.id().value())
          .update();
    }
  }

  public boolean sharedWithCoach(PersonId executive) {
    return jdbc.sql(
                "select count(*) from relationship_map_sharing"
                    + " where executive_id = :executive and shared_with_coach = true")
            .param("executive", executive.value())
            .query(Integer.class)
            .single()
        > 0;
  }

  /** The coach's active clients who shared their map with them. */
  public List<PersonView> mapsSharedWith(CurrentUser coach) {
    if (!coach.is(Role.COACH)) {
      return List.of();
    }
    return directory.clientsOf(coach.id()).stream()
        .filter(PersonView::active)
        .filter(p -> p.role() == Role.EXECUTIVE && sharedWithCoach(p.id()))
        .sorted(Comparator.comparing(PersonView::name))
        .toList();
  }

  /**
   * Whether the viewer may read the executive's map: the executive, or their coach once the map is
   * shared. Anyone else is told the map does not exist.
   */
  PersonView requireMayRead(CurrentUser viewer, PersonId executive) {
    PersonView owner = directory.person(executive).orElseThrow(PersonNotFound::new);
    if (owner.role() != Role.EXECUTIVE) {
      throw new PersonNotFound();
    }
    if (viewer.id().equals(executive)) {
      return owner;
    }
    if (viewer.is(Role.COACH)
        && viewer.id().equals(owner.coach())
        && owner.active()
        && sharedWithCoach(executive)) {
      return owner;
    }
    throw new PersonNotFound();
  }

  // The page

  /**
   * The map as the viewer may see it. One transaction: the page reads on one connection, and the
   * audit lines of the results it shows are committed once, not one commit per person.
   */
  @Transactional
  public MapPage page(CurrentUser viewer, PersonId executive) {
    PersonView owner = requireMayRead(viewer, executive);
    return page(viewer, owner, entries(executive), colleagues(owner));
  }

  /** The executive's own map and the people they may add to it. */
  public record OwnMap(MapPage page, List<PersonView> candidates) {}

  /**
   * The executive's own map page as {@link #page} and {@link #candidates} give it, with the entries
   * and the organisation's people read once for both.
   */
  @Transactional
  public OwnMap own(CurrentUser executive) {
    requireExecutive(executive);
    PersonView owner = requireMayRead(executive, executive.id());
    List<MapEntry> entries = entries(executive.id());
    Map<PersonId, PersonView> people = colleagues(owner);
    return new OwnMap(
        page(executive, owner, entries, people),
        candidates(executive, entries, List.copyOf(people.values())));
  }

  private MapPage page(
      CurrentUser viewer,
      PersonView owner,
      List<MapEntry> entries,
      Map<PersonId, PersonView> people) {
    PersonId executive = owner.id();
    boolean isOwner = viewer.id().equals(executive);
    String where = isOwner ? "relationship map" : "client's relationship map";
    Optional<ProfileResult> mine = sharing.latestVisibleTo(viewer, executive, where);
    List<TriangleSvg.Marker> markers = new ArrayList<>();
    String me = isOwner ? "You" : owner.name();
    mine.ifPresent(
        r ->
            markers.add(
                TriangleSvg.Marker.self(me, r.profile().goingWell(), r.profile().conflict())));
    List<MapPage.Row> rows = new ArrayList<>();
    List<Relationship> relationships = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    Map<String, PersonId> byName = new HashMap<>();
    Map<PersonId, ProfileResult> results =
        sharing.latestVisibleTo(viewer, entries.stream().map(MapEntry::person).toList(), where);
    Map<PersonId, KnownProfile> knownOnes =
        knowAll(viewer, entries.stream().map(MapEntry::person).toList(), results);
    for (MapEntry e : entries) {
      PersonView person =
          people.containsKey(e.person())
              ? people.get(e.person())
              : directory.person(e.person()).orElse(null);
      if (person == null) {
        continue;
      }
      KnownProfile known = knownOnes.get(e.person());
      String label = person.name();
      if (known.known()) {
        var p = known.profile();
        markers.add(
            known.estimate()
                ? TriangleSvg.Marker.estimate(label, p.goingWell(), p.conflict())
                : TriangleSvg.Marker.self(label, p.goingWell(), p.conflict()));
      } else {
        unknown.add(label);
        markers.add(TriangleSvg.Marker.unknown(label));
      }
      rows.add(
          new MapPage.Row(
              e.person(),
              person.name(),
              person.title() == null ? "" : person.title(),
              known,
              e.importance(),
              e.frequency().name(),
              e.frequency().words(),
              e.ease(),
              e.effectiveness(),
              e.notes(),
              profileVisibility(known, person.name(), isOwner)));
      relationships.add(
          new Relationship(
              person.name(),
              known.asColleague(),
              e.importance(),
              e.frequency(),
              e.ease(),
              e.effectiveness(),
              e.notes()));
      byName.put(person.name(), e.person());
    }
    List<MapPage.AttentionItem> attention = new ArrayList<>();
    if (mine.isPresent() && !relationships.isEmpty()) {
      for (Attention a : AttentionRanking.of(mine.get().profile(), relationships).items()) {
        attention.add(
            new MapPage.AttentionItem(
                byName.get(a.relationship().colleague()),
                a.relationship().colleague(),
                patternWords(a.primary()),
                a.reason()));
      }
    }
    String svg =
        new TriangleSvg()
            .render(
                isOwner ? "Your relationship map" : owner.name() + "'s relationship map", markers);
    String coachName =
        Optional.ofNullable(owner.coach())
            .flatMap(directory::person)
            .map(PersonView::name)
            .orElse(null);
    boolean shared = sharedWithCoach(executive);
    return new MapPage(
        executive,
        owner.name(),
        isOwner,
        mine.isPresent(),
        svg,
        rows,
        attention,
        unknown,
        visibility(isOwner, owner.name(), shared, coachName),
        shared,
        coachName);
  }

  private static String visibility(
      boolean isOwner, String ownerName, boolean shared, String coachName) {
    if (!isOwner) {
      return ownerName + " and you, their coach (" + ownerName + " shared this map with you)";
    }
    if (shared && coachName != null) {
      return "You and your coach " + coachName + " (read only)";
    }
    return "Only you";
  }

  private static String profileVisibility(KnownProfile known, String name, boolean isOwner) {
    if (!known.known()) {
      return "";
    }
    if (!known.estimate()) {
      return name + " chose to share this result with " + (isOwner ? "you" : "you") + ".";
    }
    return isOwner
        ? name + " never sees this estimate; it is yours (and your coach's if you share it)."
        : name + " never sees this estimate; it was shared with you.";
  }

  static String patternWords(AttentionPattern pattern) {
    return switch (pattern) {
      case VEERING_AWAY -> "Veering away";
      case IMPORTANT_BUT_INEFFECTIVE -> "Important but not working";
      case EASY_BUT_INEFFECTIVE -> "Easy but not effective";
      case COMFORT_ZONE -> "Comfort zone";
      case NONE -> "Steady";
    };
  }

  // Helpers

  /**
   * The people of the executive's organisation by id, read at once: everyone on a map is one of
   * them (a person who moved is looked up on their own).
   */
  private Map<PersonId, PersonView> colleagues(PersonView executive) {
    Map<PersonId, PersonView> people = new LinkedHashMap<>();
    if (executive.organisation() != null) {
      directory.peopleIn(executive.organisation()).forEach(p -> people.put(p.id(), p));
    }
    return people;
  }

  String nameOf(PersonId person) {
    return directory.person(person).map(PersonView::name).orElse("this person");
  }

  private void requireExecutive(CurrentUser user) {
    if (!user.is(Role.EXECUTIVE) || user.organisation() == null) {
      throw new PersonNotFound();
    }
  }

  /** A person the executive may put on the map: someone else of their own organisation. */
  PersonView requireColleague(CurrentUser executive, PersonId person) {
    if (person == null) {
      throw new IllegalArgumentException("person: choose a colleague or add a new one");
    }
    if (person.equals(executive.id())) {
      throw new IllegalArgumentException(
          "person: your own profile is already the centre of the map");
    }
    PersonView view;
    try {
      view = access.visiblePerson(executive, person);
    } catch (PersonNotFound e) {
      throw new IllegalArgumentException("person: choose someone of your organisation");
    }
    if (!view.active() || !view.role().belongsToClient()) {
      throw new IllegalArgumentException("person: choose someone of your organisation");
    }
    return view;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
