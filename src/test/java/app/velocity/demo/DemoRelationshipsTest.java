package app.velocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.organisations.Directory;
import app.velocity.relationships.MappedProfile;
import app.velocity.relationships.RelationshipMaps;
import app.velocity.relationships.Teams;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Sam's demo map: a dozen colleagues with shared results, estimates and unknowns, and a team. */
@SpringBootTest(properties = "velocity.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabase.class)
class DemoRelationshipsTest {

  @Autowired Directory directory;
  @Autowired RelationshipMaps maps;
  @Autowired Teams teams;
  @Autowired DemoRelationships demo;

  @Test
  void samHasAMapOfADozenWithResultsEstimatesAndUnknownsAndATeam() {
    var sam = directory.personByEmail("sam.okafor@northwind.example").orElseThrow();
    assertThat(maps.entries(sam.id())).hasSize(12);
    var onMap = maps.profilesOnMap(sam.id());
    assertThat(onMap).filteredOn(p -> p.source() == MappedProfile.Source.SELF).hasSize(5);
    assertThat(onMap).filteredOn(p -> p.source() == MappedProfile.Source.ESTIMATE).hasSize(4);
    assertThat(onMap)
        .filteredOn(p -> p.name().equals("Grace Kim"))
        .singleElement()
        .satisfies(p -> assertThat(p.confidence()).isGreaterThan(0).isLessThan(1));
    assertThat(teams.visibleTo(app.velocity.organisations.CurrentUser.of(sam))).hasSize(1);

    demo.run(null);
    assertThat(maps.entries(sam.id())).hasSize(12);
  }
}
