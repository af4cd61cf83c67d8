package app.velocity.relationships;

import app.velocity.inventory.ProfileResult;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.MotivationalType;
import app.velocity.motivation.report.TriangleSvg;
import app.velocity.motivation.team.ShownMember;
import app.velocity.motivation.team.TeamAnalysis;
import app.velocity.motivation.team.TeamMember;
import app.velocity.motivation.team.TeamTooSmall;
import app.velocity.motivation.team.TeamView;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named teams of an executive: sets of people of their organisation, seen on one triangle with the
 * spread of types, drives nobody brings and pairs likely to clash. The executive sees their teams;
 * their coach too once the map is shared; a sponsor of the organisation only the distribution, with
 * individual dots only of people who shared their result with that sponsor.
 */
@Service
public class Teams {

  /** The longest team name. */
  public static final int MAX_NAME = 120;

  /** A sponsor sees a team's distribution only when this many members shared with them. */
  public static final int SPONSOR_MINIMUM = 5;

  private final JdbcClient jdbc;
  private final Directory directory;
  private final RelationshipMaps maps;
  private final ProfileSharing sharing;
  private final Clock clock;

  Teams(
      JdbcClient jdbc,
      Directory directory,
      RelationshipMaps maps,
      ProfileSharing sharing,
      Clock clock) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.maps = maps;
    this.sharing = sharing;
    this.clock = clock;
  }

  private record Team(UUID id, PersonId executive, String name) {}

  /**
   * Creates a team of the executive from people of their organisation (the executive may be one).
   *
   * @throws IllegalArgumentException "name: …" or "members: …"
   */
  @Transactional
  public UUID create(CurrentUser executive, String name, List<PersonId> members) {
    if (!executive.is(Role.EXECUTIVE)) {
      throw new PersonNotFound();
    }
    String title = name == null ? "" : name.strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("name: give the team a name");
    }
    if (title.length() > MAX_NAME) {
      throw new IllegalArgumentException("name: keep the name to " + MAX_NAME + " characters");
    }
    Set<PersonId> chosen = new LinkedHashSet<>(members == null ? List.of() : members);
    if (chosen.size() < 2) {
      throw new IllegalArgumentException("members: choose at least two people");
    }
    for (PersonId p : chosen) {
      if (!p.equals(executive.id())) {
        try {
          maps.requireColleague(executive, p);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("members: choose people of your organisation");
        }
      }
    }
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into teams (id, executive_id, name, created_at)"
                + " values (:id, :executive, :name, :now)")
        .param("id", id)
        .param("executive", executive.id().value())
        .param("name", title)
        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    for (PersonId p : chosen) {
      jdbc.sql("insert into team_members (team_id, person_id) values (:team, :person)")
          .param("team", id)
          .param("person", p.value())
          .update();
    }
    return id;
  }

  /** Deletes one of the executive's own teams. */
  public void remove(CurrentUser executive, UUID team) {
    int removed =
        jdbc.sql("delete from teams where id = :id and executive_id = :executive")
            .param("id", team)
            .param("executive", executive.id().value())
            .update();
    if (removed == 0) {
      throw new PersonNotFound();
    }
  }

  /**
   * The teams the viewer may open: an executive's own; a sponsor's organisation's; for a coach, use
   * {@link #ofClient}.
   */
  public List<TeamSummary> visibleTo(CurrentUser viewer) {
    return switch (viewer.role()) {
      case EXECUTIVE -> summaries(List.of(viewer.id()));
      case SPONSOR ->
          summaries(
              directory.peopleIn(viewer.organisation()).stream()
                  .filter(p -> p.role() == Role.EXECUTIVE)
                  .map(PersonView::id)
                  .toList());
      default -> List.of();
    };
  }

  /** A client's teams, for their coach once the client shared the map. */
  public List<TeamSummary> ofClient(CurrentUser coach, PersonId executive) {
    if (!coach.is(Role.COACH)) {
      throw new PersonNotFound();
    }
    maps.requireMayRead(coach, executive);
    return summaries(List.of(executive));
  }

  private List<TeamSummary> summaries(List<PersonId> executives) {
    List<TeamSummary> all = new ArrayList<>();
    for (PersonId e : executives) {
      String owner = maps.nameOf(e);
      all.addAll(
          jdbc.sql(
                  "select t.id, t.name, (select count(*) from team_members m where m.team_id = t.id)"
                      + " as size from teams t where t.executive_id = :executive order by t.name")
              .param("executive", e.value())
              .query(
                  (rs, n) ->
                      new TeamSummary(
                          rs.getObject("id", UUID.class),
                          rs.getString("name"),
                          owner,
                          rs.getInt("size")))
              .list());
    }
    return all;
  }

  private Optional<Team> team(UUID id) {
    return jdbc.sql("select id, executive_id, name from teams where id = :id")
        .param("id", id)
        .query(
            (rs, n) ->
                new Team(
                    rs.getObject("id", UUID.class),
                    new PersonId(rs.getObject("executive_id", UUID.class)),
                    rs.getString("name")))
        .optional();
  }

  /** The people on a team. */
  public List<PersonId> members(UUID team) {
    return jdbc.sql("select person_id from team_members where team_id = :team")
        .param("team", team)
        .query((rs, n) -> new PersonId(rs.getObject(1, UUID.class)))
        .list();
  }

  /**
   * The team as the viewer may see it; anyone else is told it does not exist. One transaction, so
   * the audit lines of the members' results are committed once.
   */
  @Transactional
  public TeamPage view(CurrentUser viewer, UUID id) {
    Team team = team(id).orElseThrow(PersonNotFound::new);
    PersonView owner = directory.person(team.executive()).orElseThrow(PersonNotFound::new);
    if (viewer.is(Role.SPONSOR)) {
      if (owner.organisation() == null || !owner.organisation().equals(viewer.organisation())) {
        throw new PersonNotFound();
      }
      return distribution(viewer, team, owner);
    }
    maps.requireMayRead(viewer, team.executive());
    return named(viewer, team, owner);
  }

  private TeamPage named(CurrentUser viewer, Team team, PersonView owner) {
    boolean isOwner = viewer.id().equals(owner.id());
    List<TeamMember> members = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> notCounted = new ArrayList<>();
    List<PersonId> ids = members(team.id());
    Map<PersonId, ProfileResult> shared = sharing.latestVisibleTo(viewer, ids, "team view");
    Map<PersonId, KnownProfile> knownOnes = maps.knowAll(viewer, ids, shared);
    Map<PersonId, String> realNames = directory.names(ids);
    for (PersonId p : ids) {
      // the real name, also for the viewer: the analysis writes "X leads with …" of everyone
      String name = realNames.getOrDefault(p, "this person");
      names.add(p.equals(viewer.id()) ? name + " (you)" : name);
      KnownProfile known = knownOnes.get(p);
      if (known.known()) {
        members.add(new TeamMember(name, known.profile(), known.estimate(), true));
      } else {
        notCounted.add(name);
      }
    }
    String visibility =
        isOwner
            ? "You"
                + (maps.sharedWithCoach(owner.id()) ? " and your coach (your map is shared)" : "")
                + ". Sponsors see the spread of types only of people who shared their result with"
                + " them, and only when at least "
                + SPONSOR_MINIMUM
                + " have."
            : owner.name()
                + " and you, their coach. Sponsors see the spread of types only of people who"
                + " shared their result with them.";
    return page(team, owner, isOwner, false, members, names, notCounted, visibility);
  }

  private TeamPage distribution(CurrentUser sponsor, Team team, PersonView owner) {
    // Only results their owners shared with this sponsor count: never estimates, never results
    // shared with the executive alone. Every figure is then made of results the sponsor could open
    // one by one, so no before/after or overlap of two teams tells them anything new; and from
    // SPONSOR_MINIMUM on only. The reads are the sponsor's and are logged under the sponsor.
    Map<PersonId, ProfileResult> results =
        sharing.latestVisibleTo(sponsor, members(team.id()), "team distribution", SPONSOR_MINIMUM);
    List<TeamMember> members = new ArrayList<>();
    Map<PersonId, String> names = directory.names(results.keySet());
    results.forEach(
        (p, result) ->
            members.add(
                new TeamMember(
                    names.getOrDefault(p, "this person"), result.profile(), false, true)));
    String visibility =
        "Only people who shared their result with you count, and only when at least "
            + SPONSOR_MINIMUM
            + " of them are on the team; their dots are the results they shared with you.";
    if (members.size() < SPONSOR_MINIMUM) {
      return tooSmall(
          team,
          owner,
          false,
          true,
          List.of(),
          List.of(),
          "Fewer than "
              + SPONSOR_MINIMUM
              + " people on this team share their result with you, so no distribution is shown:"
              + " it could give away someone's result.",
          visibility);
    }
    return page(team, owner, false, true, members, List.of(), List.of(), visibility);
  }

  private static TeamPage tooSmall(
      Team team,
      PersonView owner,
      boolean isOwner,
      boolean distributionOnly,
      List<String> names,
      List<String> notCounted,
      String why,
      String visibility) {
    return new TeamPage(
        team.id().toString(),
        team.name(),
        owner.name(),
        isOwner,
        distributionOnly,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        names,
        notCounted,
        why,
        visibility);
  }

  private TeamPage page(
      Team team,
      PersonView owner,
      boolean isOwner,
      boolean distributionOnly,
      List<TeamMember> members,
      List<String> names,
      List<String> notCounted,
      String visibility) {
    TeamAnalysis analysis;
    try {
      analysis =
          TeamAnalysis.of(members, distributionOnly ? TeamView.DISTRIBUTION_ONLY : TeamView.NAMED);
    } catch (TeamTooSmall e) {
      return tooSmall(
          team,
          owner,
          isOwner,
          distributionOnly,
          names,
          notCounted,
          distributionOnly
              ? "Too few people on this team have a result that may be counted to show a"
                  + " distribution without exposing anyone."
              : "At least two people on the team need a profile you may see (their own shared"
                  + " result or your estimate) for the team view.",
          visibility);
    }
    List<TriangleSvg.Marker> markers = new ArrayList<>();
    for (ShownMember m : analysis.shownMembers()) {
      var p = m.analysis().profile();
      markers.add(
          m.estimated()
              ? TriangleSvg.Marker.estimate(m.name(), p.goingWell(), p.conflict())
              : TriangleSvg.Marker.self(m.name(), p.goingWell(), p.conflict()));
    }
    String svg = new TriangleSvg().render("Team " + team.name(), markers);
    List<TeamPage.TypeCount> counts = new ArrayList<>();
    for (Map.Entry<MotivationalType, Integer> e : analysis.typeCounts().entrySet()) {
      counts.add(new TeamPage.TypeCount(e.getKey().label(), e.getValue()));
    }
    counts.sort(Comparator.comparingInt(TeamPage.TypeCount::count).reversed());
    return new TeamPage(
        team.id().toString(),
        team.name(),
        owner.name(),
        isOwner,
        distributionOnly,
        svg,
        counts,
        analysis.summary(),
        analysis.missingDrives().stream().map(m -> m.reason()).toList(),
        analysis.clashPairs().stream().map(c -> c.reason()).toList(),
        names,
        notCounted,
        null,
        visibility);
  }
}
