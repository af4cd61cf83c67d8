package app.velocity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.velocity.CleanDatabase;
import app.velocity.delegation.DelegationAdvisor;
import app.velocity.delegation.WorkItem;
import app.velocity.delegation.analysis.Criticality;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** Sam's demo delegation history shows the comfort bias the product is about. */
@SpringBootTest(properties = "velocity.demo=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CleanDatabase.class)
@Tag("smoke")
class DemoDelegationTest {

  @Autowired Directory directory;
  @Autowired DelegationAdvisor advisor;
  @Autowired DemoDelegation demo;

  @Test
  void samHasAHistoryWithAClearComfortBiasAndTwoOpenPieces() {
    var sam = CurrentUser.of(directory.personByEmail(DemoDelegation.SAM).orElseThrow());
    var work = advisor.workOf(sam);
    var decided = work.stream().filter(WorkItem::decided).toList();
    assertThat(decided).hasSize(30);
    assertThat(work).filteredOn(w -> !w.decided()).hasSize(2);
    assertThat(decided)
        .filteredOn(w -> w.criticality() == Criticality.CRITICAL)
        .hasSizeGreaterThan(20);
    assertThat(decided).filteredOn(w -> w.outcome() != null).hasSizeGreaterThan(10);
    assertThat(decided).allSatisfy(w -> assertThat(w.decision().considered()).hasSizeBetween(3, 5));
    var pattern = advisor.pattern(sam, DelegationAdvisor.Scope.ALL);
    assertThat(pattern.report().biasDetected()).isTrue();
    assertThat(pattern.report().trend()).hasSizeGreaterThanOrEqualTo(4);

    demo.run(null);
    assertThat(advisor.workOf(sam)).hasSize(32);
  }
}
