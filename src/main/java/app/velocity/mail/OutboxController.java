package app.velocity.mail;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox viewer: firm admins see to whom each message went, its subject and delivery status,
 * the preview its sender allowed (never a link secret nor coaching content), and can send it again
 * to its recipient.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

  private final Mailer mailer;

  OutboxController(Mailer mailer) {
    this.mailer = mailer;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("entries", mailer.recent(200).stream().map(OutboxMessage::of).toList());
    model.addAttribute("smtp", mailer.sendsThroughSmtp());
    return "mail/outbox";
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("entry", OutboxMessage.of(mailer.find(id).orElseThrow(MailNotFound::new)));
    model.addAttribute("smtp", mailer.sendsThroughSmtp());
    return "mail/message";
  }

  @PostMapping("/{id}/send-again")
  String sendAgain(@PathVariable UUID id, RedirectAttributes flash) {
    try {
      UUID again = mailer.sendAgain(id);
      flash.addFlashAttribute("notice", "Sent again, to the same recipient.");
      return "redirect:/admin/outbox/" + again;
    } catch (IllegalStateException e) {
      flash.addFlashAttribute("notice", e.getMessage());
      return "redirect:/admin/outbox/" + id;
    }
  }
}
