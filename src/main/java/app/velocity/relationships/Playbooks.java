package app.velocity.relationships;

import app.velocity.inventory.ProfileResult;
import app.velocity.inventory.ProfileSharing;
import app.velocity.motivation.report.PairPlaybook;
import app.velocity.motivation.report.TriangleSvg;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The pair playbook of an executive and one person on their map, from both visible profiles. */
@Service
class Playbooks {

  private final RelationshipMaps maps;
  private final ProfileSharing sharing;

  Playbooks(RelationshipMaps maps, ProfileSharing sharing) {
    this.maps = maps;
    this.sharing = sharing;
  }

  PlaybookPage playbook(CurrentUser executive, PersonId person, String where) {
    if (!executive.is(Role.EXECUTIVE)) {
      throw new PersonNotFound();
    }
    maps.entry(executive, person).orElseThrow(PersonNotFound::new);
    String name = maps.nameOf(person);
    Optional<ProfileResult> mine = sharing.latestVisibleTo(executive, executive.id(), where);
    KnownProfile theirs = maps.know(executive, person, where);
    String visibility =
        "Only you: the playbook is drawn from what you may see, and "
            + name
            + " never sees it"
            + (theirs.estimate() ? " or your estimate" : "")
            + ".";
    if (mine.isEmpty() || !theirs.known()) {
      return new PlaybookPage(
          person.value().toString(), name, mine.isPresent(), theirs, List.of(), "", visibility);
    }
    var you = PairPlaybook.Person.selfReported("you", mine.get().analysis());
    var them =
        theirs.estimate()
            ? PairPlaybook.Person.estimated(name, theirs.analysis(), theirs.confidence())
            : PairPlaybook.Person.selfReported(name, theirs.analysis());
    PairPlaybook playbook = PairPlaybook.of(you, them);
    var p = theirs.profile();
    String svg =
        new TriangleSvg()
            .render(
                "You and " + name,
                List.of(
                    TriangleSvg.Marker.self(
                        "You", mine.get().profile().goingWell(), mine.get().profile().conflict()),
                    theirs.estimate()
                        ? TriangleSvg.Marker.estimate(name, p.goingWell(), p.conflict())
                        : TriangleSvg.Marker.self(name, p.goingWell(), p.conflict())));
    return new PlaybookPage(
        person.value().toString(), name, true, theirs, playbook.sections(), svg, visibility);
  }
}
