package app.velocity.organisations;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A coach's own clients, and nobody else's. */
@Controller
class ClientsController {

  private final Directory directory;

  ClientsController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/clients")
  @RolesAllowed("COACH")
  String clients(CurrentUser coach, Model model) {
    Map<OrganisationId, String> names =
        directory.organisations().stream()
            .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
    List<ClientRow> clients =
        directory.clientsOf(coach.id()).stream()
            .map(p -> new ClientRow(p, names.getOrDefault(p.organisation(), "")))
            .toList();
    model.addAttribute("clients", clients);
    return "organisations/clients";
  }
}
