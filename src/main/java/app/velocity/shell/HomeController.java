package app.velocity.shell;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.Directory;
import app.velocity.organisations.Role;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what this person can do next, by role. */
@Controller
class HomeController {

  private final Directory directory;

  HomeController(Directory directory) {
    this.directory = directory;
  }

  @GetMapping("/")
  String home(CurrentUser user, Model model) {
    model.addAttribute("user", user);
    model.addAttribute("tiles", tiles(user));
    return "shell/home";
  }

  @GetMapping("/about")
  String about() {
    return "shell/about";
  }

  private List<Tile> tiles(CurrentUser user) {
    return switch (user.role()) {
      case FIRM_ADMIN ->
          List.of(
              new Tile(
                  "Client organisations",
                  directory.organisationCount() + " organisations and their people",
                  "/admin/organisations"),
              new Tile(
                  "Coaches",
                  directory.countWithRole(Role.COACH) + " coaches in the firm",
                  "/admin/coaches"),
              new Tile(
                  "Psychometrics",
                  "Item-bank versions and statistics on real answers",
                  "/admin/psychometrics"),
              new Tile("Outbox", "Every e-mail Velocity has sent or kept", "/admin/outbox"));
      case COACH ->
          List.of(
              new Tile(
                  "Your clients",
                  directory.clientCount(user.id()) + " executives you coach",
                  "/clients"),
              new Tile(
                  "Coaching dashboard",
                  "Next sessions, overdue actions and engagements gone quiet",
                  "/coaching/dashboard"));
      case EXECUTIVE, COLLEAGUE ->
          List.of(
              new Tile("Know yourself", "Your motivational values and your report", "/profile"));
      case SPONSOR ->
          List.of(
              new Tile("Engagements", "Progress of the engagements you sponsor", "/engagements"));
    };
  }
}
