package app.velocity.relationships;

import app.velocity.inventory.Paper;
import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.PersonId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The pair playbook for the executive and one person on their map, on screen and as PDF. */
@Controller
@RolesAllowed("EXECUTIVE")
class PlaybookController {

  private final Playbooks playbooks;
  private final PdfPlaybooks pdf;

  PlaybookController(Playbooks playbooks, PdfPlaybooks pdf) {
    this.playbooks = playbooks;
    this.pdf = pdf;
  }

  @GetMapping("/map/{person}/playbook")
  String page(CurrentUser user, @PathVariable UUID person, Model model) {
    model.addAttribute(
        "playbook", playbooks.playbook(user, new PersonId(person), "pair playbook page"));
    return "relationships/playbook";
  }

  @GetMapping("/map/{person}/playbook.pdf")
  ResponseEntity<byte[]> pdf(
      CurrentUser user,
      @PathVariable UUID person,
      @RequestParam(name = "paper", required = false) String paperName) {
    Paper paper;
    try {
      paper = PdfPlaybooks.paper(paperName);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    PlaybookPage playbook = playbooks.playbook(user, new PersonId(person), "pair playbook PDF");
    if (!playbook.ready()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no playbook yet");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    "velocity-playbook-"
                        + playbook.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        + "-"
                        + paper.name().toLowerCase(Locale.ROOT)
                        + ".pdf")
                .build()
                .toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(pdf.render(playbook, paper));
  }
}
