package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import app.velocity.organisations.InvalidPersonData;
import app.velocity.organisations.PersonView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** First run: the first visitor creates the firm and its first admin. */
@Controller
class SetupController {

  record SetupForm(
      String firmName, String name, String email, String password, String confirmation) {
    static SetupForm empty() {
      return new SetupForm("", "", "", "", "");
    }
  }

  private final FirstRun firstRun;
  private final SignIns signIns;

  SetupController(FirstRun firstRun, SignIns signIns) {
    this.firstRun = firstRun;
    this.signIns = signIns;
  }

  @GetMapping("/setup")
  String form(Model model) {
    if (!firstRun.needsSetup()) {
      return "redirect:/sign-in";
    }
    return show(SetupForm.empty(), null, model);
  }

  @PostMapping("/setup")
  String create(
      @ModelAttribute SetupForm form,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    if (!firstRun.needsSetup()) {
      return "redirect:/sign-in";
    }
    try {
      PersonView admin =
          firstRun.createFirmAdmin(
              form.firmName(), form.name(), form.email(), form.password(), form.confirmation());
      signIns.signIn(CurrentUser.of(admin), request, response);
      return "redirect:/";
    } catch (InvalidPersonData | WeakPassword e) {
      return show(form, readable(e), model);
    }
  }

  private static String show(SetupForm form, String error, Model model) {
    model.addAttribute("firmName", form.firmName());
    model.addAttribute("name", form.name());
    model.addAttribute("email", form.email());
    model.addAttribute("error", error);
    return "identity/setup";
  }

  static String readable(RuntimeException e) {
    String text = e.getMessage();
    if (text == null || text.isEmpty()) {
      return "Please check the form.";
    }
    return Character.toUpperCase(text.charAt(0))
        + text.substring(1)
        + (text.endsWith(".") ? "" : ".");
  }
}
