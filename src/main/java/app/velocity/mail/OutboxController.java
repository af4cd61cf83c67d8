package app.velocity.mail;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The outbox viewer: firm admins read every message Velocity has sent or kept. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

  private final Mailer mailer;

  OutboxController(Mailer mailer) {
    this.mailer = mailer;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("entries", mailer.recent(200));
    model.addAttribute("smtp", mailer.sendsThroughSmtp());
    return "mail/outbox";
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "entry",
        mailer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "mail/message";
  }
}
