package app.velocity.delegation;

import app.velocity.organisations.CurrentUser;
import app.velocity.relationships.MappedProfile;
import app.velocity.relationships.RelationshipMaps;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Candidates are the people on the executive's relationship map with a profile he may see: their
 * own result when they shared it with him, otherwise the combined estimate, which counts with its
 * confidence. The map decides visibility (through the inventory's sharing rules, audited there);
 * people he has no profile of are not proposed.
 */
@Component
class MapCandidates implements CandidatePool {

  private final RelationshipMaps maps;

  MapCandidates(RelationshipMaps maps) {
    this.maps = maps;
  }

  @Override
  public List<CandidateProfile> candidatesFor(CurrentUser executive) {
    return maps.profilesOnMap(executive.id()).stream()
        .filter(p -> !p.person().equals(executive.id()))
        .map(
            p ->
                new CandidateProfile(
                    p.person(),
                    p.name(),
                    p.source() == MappedProfile.Source.SELF
                        ? CandidateProfile.Source.SELF
                        : CandidateProfile.Source.ESTIMATE,
                    p.profile(),
                    p.confidence()))
        .toList();
  }
}
