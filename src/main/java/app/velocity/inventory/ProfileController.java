package app.velocity.inventory;

import app.velocity.organisations.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A person's own profile: the report of the latest result, the history, and the way to retake. */
@Controller
@RolesAllowed({"EXECUTIVE", "COLLEAGUE"})
class ProfileController {

  private final Profiles profiles;
  private final Inventory inventory;
  private final PdfReports pdf;
  private final ProfileSharing sharing;

  ProfileController(
      Profiles profiles, Inventory inventory, PdfReports pdf, ProfileSharing sharing) {
    this.profiles = profiles;
    this.inventory = inventory;
    this.pdf = pdf;
    this.sharing = sharing;
  }

  /** The same report as a PDF, on A4 or US Letter. */
  @GetMapping("/profile/report.pdf")
  ResponseEntity<byte[]> pdf(
      CurrentUser user, @RequestParam(name = "paper", required = false) String paperName) {
    List<ProfileResult> history = profiles.history(user.id());
    return download(
        () -> ReportView.of(user.name(), history, sharing.whoCanSee(user.id())),
        history,
        paperName,
        pdf);
  }

  /** A report as a PDF download; 404 when there is no result (or none the caller may see). */
  static ResponseEntity<byte[]> download(
      Supplier<ReportView> report, List<ProfileResult> history, String paperName, PdfReports pdf) {
    Paper paper;
    try {
      paper = Paper.parse(paperName);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    if (history.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no result yet");
    }
    byte[] bytes = pdf.render(report.get(), paper);
    String date = history.get(history.size() - 1).completedAt().toString().substring(0, 10);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("velocity-profile-" + date + "-" + paper.name().toLowerCase() + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(bytes);
  }

  @GetMapping("/profile")
  String profile(CurrentUser user, Model model) {
    List<ProfileResult> history = profiles.history(user.id());
    var open = inventory.open(user.id());
    model.addAttribute(
        "open",
        open.map(r -> new OpenResponse(r.answered(), r.size(), TakeController.resumePoint(r)))
            .orElse(null));
    if (history.isEmpty()) {
      return "inventory/profile-empty";
    }
    model.addAttribute("report", ReportView.of(user.name(), history, sharing.whoCanSee(user.id())));
    model.addAttribute("reads", sharing.readsOf(user.id(), 20));
    return "inventory/profile";
  }
}
