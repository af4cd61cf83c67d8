package app.velocity.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PeopleImportTest {

  @Autowired PeopleImport importer;
  @Autowired Fixtures fixtures;
  @Autowired Directory directory;

  @Test
  void importsAValidFileWithQuotedFieldsAndAnOptionalTitle() {
    OrganisationView org = fixtures.organisation();
    String csv =
        "name,email,role,title\r\n"
            + "\"Okafor, Ada\",ada@"
            + org.id()
            + ".test,executive,\"Chief \"\"Ops\"\" Officer\"\r\n"
            + "Ben Li,BEN@"
            + org.id()
            + ".test,Colleague,\r\n"
            + "Cy Moreau,cy@"
            + org.id()
            + ".test,sponsor,\"HR,\nPeople\"\r\n";
    PeopleImport.Result result = importer.importInto(org.id(), new StringReader(csv));
    assertThat(result.problems()).isEmpty();
    assertThat(result.imported()).isEqualTo(3);
    assertThat(directory.peopleIn(org.id()))
        .extracting(PersonView::name, PersonView::email, PersonView::role, PersonView::title)
        .containsExactlyInAnyOrder(
            tuple(
                "Okafor, Ada",
                "ada@" + org.id() + ".test",
                Role.EXECUTIVE,
                "Chief \"Ops\" Officer"),
            tuple("Ben Li", "ben@" + org.id() + ".test", Role.COLLEAGUE, null),
            tuple("Cy Moreau", "cy@" + org.id() + ".test", Role.SPONSOR, "HR,\nPeople"));
  }

  @Test
  void reportsEveryBadLineWithItsNumberAndImportsNothing() {
    OrganisationView org = fixtures.organisation();
    String taken = fixtures.person(Role.EXECUTIVE, org).email();
    String csv =
        "name,email,role\n"
            + "Good One,good1@x.test,executive\n"
            + ",empty-name@x.test,colleague\n"
            + "No At,not-an-address,colleague\n"
            + "Bad Role,badrole@x.test,chief\n"
            + "Twice,good1@x.test,colleague\n"
            + "Taken,"
            + taken
            + ",colleague\n"
            + "Short Row,short@x.test\n"
            + "Coach,coach@x.test,coach\n";
    PeopleImport.Result result = importer.importInto(org.id(), new StringReader(csv));
    assertThat(result.imported()).isZero();
    assertThat(result.problems())
        .extracting(PeopleImport.Problem::line)
        .containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(result.problems().get(0).reason()).contains("name");
    assertThat(result.problems().get(1).reason()).contains("not-an-address");
    assertThat(result.problems().get(2).reason()).contains("chief");
    assertThat(result.problems().get(3).reason()).contains("twice").contains("line 2");
    assertThat(result.problems().get(4).reason()).contains("already used");
    assertThat(result.problems().get(5).reason()).contains("fields");
    assertThat(result.problems().get(6).reason()).contains("cannot be imported");
    assertThat(directory.peopleIn(org.id())).hasSize(1);
  }

  @Test
  void namesMissingHeaderColumns() {
    OrganisationView org = fixtures.organisation();
    PeopleImport.Result result =
        importer.importInto(org.id(), new StringReader("full name,mail\nA,a@x.test\n"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.reason()).contains("email").contains("name").contains("role");
            });
  }

  @Test
  void reportsAQuoteThatIsNeverClosedInTheHeader() {
    OrganisationView org = fixtures.organisation();
    PeopleImport.Result result =
        importer.importInto(
            org.id(), new StringReader("\"name,email,role\nA,a@q.test,executive\n"));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems().get(0).reason())
        .contains("not valid CSV")
        .doesNotContain("Exception");
  }

  @Test
  void refusesAnEmptyFile() {
    OrganisationView org = fixtures.organisation();
    assertThat(importer.importInto(org.id(), new StringReader("name,email,role\n")).problems())
        .isNotEmpty();
    assertThat(importer.importInto(org.id(), new StringReader("")).problems()).isNotEmpty();
  }

  @Test
  void reportsBrokenQuotingWithoutImporting() {
    OrganisationView org = fixtures.organisation();
    PeopleImport.Result result =
        importer.importInto(
            org.id(),
            new StringReader(
                "name,email,role\nA,a@q.test,executive\n\"Broken,b@q.test,colleague\n"));
    assertThat(result.succeeded()).isFalse();
    assertThat(directory.peopleIn(org.id())).isEmpty();
  }
}
