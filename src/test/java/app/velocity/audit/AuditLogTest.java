package app.velocity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.velocity.IntegrationTest;
import app.velocity.organisations.PersonId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Reads of many people's data at once still leave one line per person, findable by that person. */
@IntegrationTest
@Tag("smoke")
class AuditLogTest {

  @Autowired AuditLog audit;

  @Test
  void recordingManyAtOnceLeavesOneLinePerSubjectAcrossStatementSlices() {
    PersonId actor = new PersonId(UUID.randomUUID());
    List<PersonId> subjects =
        IntStream.range(0, AuditLog.ROWS_PER_INSERT + 3)
            .mapToObj(i -> new PersonId(UUID.randomUUID()))
            .toList();

    audit.recordAll(actor, "profile.read", subjects, "team view");

    for (PersonId subject : List.of(subjects.get(0), subjects.get(AuditLog.ROWS_PER_INSERT))) {
      var entries = audit.about(subject, 10);
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).actor()).isEqualTo(actor);
      assertThat(entries.get(0).action()).isEqualTo("profile.read");
      assertThat(entries.get(0).subject()).isEqualTo(subject);
      assertThat(entries.get(0).detail()).isEqualTo("team view");
    }
    assertThat(subjects).allSatisfy(s -> assertThat(audit.about(s, 10)).hasSize(1));
  }

  @Test
  void nothingToRecordWritesNothingAndABadActionIsRefused() {
    PersonId actor = new PersonId(UUID.randomUUID());
    audit.recordAll(actor, "profile.read", List.of(), "map");
    PersonId subject = new PersonId(UUID.randomUUID());
    assertThatThrownBy(() -> audit.recordAll(actor, " ", List.of(subject), "map"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(audit.about(subject, 10)).isEmpty();
  }
}
