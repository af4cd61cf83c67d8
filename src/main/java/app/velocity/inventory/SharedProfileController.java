package app.velocity.inventory;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.PersonId;
import app.velocity.organisations.PersonNotFound;
import app.velocity.organisations.PersonView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Someone else's report, for the people who may see it: their coach, and whoever they shared it
 * with. Everyone else gets the same "not found" as for a person without a result, so the page does
 * not even reveal whether a result exists.
 */
@Controller
class SharedProfileController {

  private final ProfileSharing sharing;
  private final Directory directory;
  private final PdfReports pdf;

  SharedProfileController(ProfileSharing sharing, Directory directory, PdfReports pdf) {
    this.sharing = sharing;
    this.directory = directory;
    this.pdf = pdf;
  }

  @GetMapping("/people/{id}/profile")
  String report(CurrentUser viewer, @PathVariable UUID id, Model model) {
    Shown shown = shown(viewer, id, "report page");
    model.addAttribute("subject", shown.person().name());
    model.addAttribute("subjectId", id.toString());
    model.addAttribute(
        "report",
        ReportView.of(
            shown.person().name(),
            shown.history(),
            sharing.whoCanSee(shown.person().id(), viewer.id())));
    return "inventory/profile-of";
  }

  @GetMapping("/people/{id}/profile/report.pdf")
  ResponseEntity<byte[]> pdf(
      CurrentUser viewer,
      @PathVariable UUID id,
      @RequestParam(name = "paper", required = false) String paperName) {
    Shown shown = shown(viewer, id, "report PDF");
    return ProfileController.download(
        () ->
            ReportView.of(
                shown.person().name(),
                shown.history(),
                sharing.whoCanSee(shown.person().id(), viewer.id())),
        shown.history(),
        paperName,
        pdf);
  }

  private record Shown(PersonView person, List<ProfileResult> history) {}

  private Shown shown(CurrentUser viewer, UUID id, String where) {
    PersonId subject = new PersonId(id);
    List<ProfileResult> history = sharing.historyVisibleTo(viewer, subject, where);
    if (history.isEmpty() || viewer.id().equals(subject)) {
      // one's own report lives at /profile; nothing else may be told apart from "not found"
      throw new PersonNotFound();
    }
    return new Shown(directory.person(subject).orElseThrow(PersonNotFound::new), history);
  }
}
