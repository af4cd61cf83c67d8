package app.velocity.inventory;

import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.Ending;
import app.velocity.motivation.items.Item;
import app.velocity.organisations.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Taking the inventory step by step: part introductions, one item per page, a review, submit. Each
 * item's points are saved when the person moves on (with htmx, without a page load), so leaving at
 * any moment loses at most the item on screen. The URLs carry the response id; a response of
 * someone else is "not found".
 */
@Controller
@RequestMapping("/profile/take")
@RolesAllowed({"EXECUTIVE", "COLLEAGUE"})
class TakeController {

  private static final String[] LETTERS = {"A", "B", "C"};

  /** Only a path of this site, never another host ("//evil.example", "https://…"). */
  private static final java.util.regex.Pattern LOCAL_PATH =
      java.util.regex.Pattern.compile("/[a-z][a-z0-9/-]{0,100}");

  private final Inventory inventory;
  private final Profiles profiles;

  TakeController(Inventory inventory, Profiles profiles) {
    this.inventory = inventory;
    this.profiles = profiles;
  }

  /** Resume an unfinished response where it stopped, or offer to start. */
  @GetMapping
  String start(CurrentUser user, Model model) {
    var open = inventory.open(user.id());
    if (open.isPresent()) {
      return "redirect:" + resumePoint(open.get());
    }
    model.addAttribute("retake", profiles.latest(user.id()).isPresent());
    return "inventory/take-start";
  }

  /**
   * Session key of where to go after submitting, set when the inventory is begun from another page
   * (an invitation asks the colleague to decide about sharing right after).
   */
  static final String AFTER_SUBMIT = "inventory.afterSubmit";

  @PostMapping
  String begin(
      CurrentUser user,
      @RequestParam(name = "then", required = false) String then,
      HttpServletRequest request) {
    if (then != null && LOCAL_PATH.matcher(then).matches()) {
      request.getSession().setAttribute(AFTER_SUBMIT, then);
    }
    return "redirect:" + resumePoint(inventory.startOrResume(user.id()));
  }

  @GetMapping("/{id}/parts/{part}")
  String part(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable int part,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    InventoryResponse r = inventory.response(user.id(), id);
    if (r.isCompleted()) {
      return "redirect:/profile";
    }
    Condition condition = Parts.of(part);
    int first = r.firstStepOf(condition);
    model.addAttribute("responseId", id.toString());
    model.addAttribute("part", part);
    model.addAttribute("parts", Condition.values().length);
    model.addAttribute("label", Parts.label(condition));
    model.addAttribute("introduction", Parts.introduction(condition));
    model.addAttribute("items", r.bank().part(condition).items().size());
    model.addAttribute("answered", r.answered());
    model.addAttribute("total", r.size());
    model.addAttribute("begin", itemHref(r, first));
    model.addAttribute("back", part == 1 ? null : itemHref(r, first - 1));
    pushUrl(request, response);
    return "inventory/take-part";
  }

  @GetMapping("/{id}/items/{step}")
  String item(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable int step,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    InventoryResponse r = inventory.response(user.id(), id);
    if (r.isCompleted()) {
      return "redirect:/profile";
    }
    Item item = r.item(step).orElseThrow(ResponseNotFound::new);
    Map<String, String> values = new java.util.HashMap<>();
    r.answerTo(item.id())
        .ifPresent(
            a ->
                item.endings()
                    .forEach(e -> values.put(e.id(), Integer.toString(a.pointsFor(e.drive())))));
    model.addAttribute("item", step(r, item, values, null));
    pushUrl(request, response);
    return "inventory/take-item";
  }

  @PostMapping("/{id}/items/{step}")
  String answer(
      CurrentUser user,
      @PathVariable UUID id,
      @PathVariable int step,
      @RequestParam Map<String, String> form,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      HttpServletResponse response,
      Model model) {
    InventoryResponse r = inventory.response(user.id(), id);
    if (r.isCompleted()) {
      return "redirect:/profile";
    }
    Item item = r.item(step).orElseThrow(ResponseNotFound::new);
    try {
      inventory.answerTyped(user.id(), id, item.id(), form);
    } catch (InvalidAnswer e) {
      // htmx swaps only 2xx answers; a plain form post gets an honest 422
      response.setStatus(htmx != null ? 200 : 422);
      model.addAttribute("item", step(r, item, form, e.problem()));
      return "inventory/take-item";
    }
    boolean nowComplete =
        r.answerTo(item.id()).isPresent() ? r.isComplete() : r.answered() + 1 == r.size();
    // once every item has an answer, a changed answer leads back to the review, not onward
    return "redirect:" + (nowComplete ? reviewHref(r) : after(r, item));
  }

  @GetMapping("/{id}/review")
  String review(
      CurrentUser user,
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    InventoryResponse r = inventory.response(user.id(), id);
    if (r.isCompleted()) {
      return "redirect:/profile";
    }
    pushUrl(request, response);
    return review(r, null, model);
  }

  @PostMapping("/{id}/complete")
  String complete(
      CurrentUser user,
      @PathVariable UUID id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    InventoryResponse r = inventory.response(user.id(), id);
    try {
      inventory.complete(user.id(), id);
    } catch (InventoryIncomplete e) {
      response.setStatus(409);
      return review(
          r,
          "Your answers are saved, but "
              + e.unanswered().size()
              + (e.unanswered().size() == 1 ? " item still needs" : " items still need")
              + " an answer before you can submit. They are marked below.",
          model);
    } catch (ResponseAlreadyCompleted e) {
      return "redirect:/profile";
    }
    redirect.addFlashAttribute("notice", "Thank you. Your profile is ready.");
    var session = request.getSession(false);
    Object then = session == null ? null : session.getAttribute(AFTER_SUBMIT);
    if (then instanceof String path) {
      session.removeAttribute(AFTER_SUBMIT);
      return "redirect:" + path;
    }
    return "redirect:/profile";
  }

  private String review(InventoryResponse r, String error, Model model) {
    List<ReviewRow> goingWell = new ArrayList<>();
    List<ReviewRow> conflict = new ArrayList<>();
    for (Item item : r.items()) {
      ReviewRow row =
          new ReviewRow(
              r.stepOf(item),
              item.stem(),
              r.answerTo(item.id()).isPresent(),
              itemHref(r, r.stepOf(item)));
      (r.conditionOf(item) == Condition.GOING_WELL ? goingWell : conflict).add(row);
    }
    model.addAttribute("responseId", r.id().toString());
    model.addAttribute("goingWell", goingWell);
    model.addAttribute("conflict", conflict);
    model.addAttribute("answered", r.answered());
    model.addAttribute("total", r.size());
    model.addAttribute("complete", r.isComplete());
    model.addAttribute("error", error);
    model.addAttribute("back", itemHref(r, r.size()));
    return "inventory/take-review";
  }

  private ItemStep step(InventoryResponse r, Item item, Map<String, String> values, String error) {
    List<ItemStep.EndingField> fields = new ArrayList<>();
    List<Ending> endings = r.endingsInOrder(item);
    for (int i = 0; i < endings.size(); i++) {
      Ending e = endings.get(i);
      String value = values.get(e.id());
      fields.add(
          new ItemStep.EndingField(LETTERS[i], e.id(), e.text(), value == null ? "" : value));
    }
    int step = r.stepOf(item);
    Condition condition = r.conditionOf(item);
    String back =
        step == r.firstStepOf(condition)
            ? partHref(r, Parts.number(condition))
            : itemHref(r, step - 1);
    return new ItemStep(
        r.id().toString(),
        step,
        r.size(),
        r.answered(),
        Parts.number(condition),
        Parts.label(condition),
        item.id(),
        item.stem(),
        fields,
        error,
        back);
  }

  /** Where to go after answering an item: the next item, the next part's introduction, review. */
  private static String after(InventoryResponse r, Item item) {
    int step = r.stepOf(item);
    if (step == r.size()) {
      return reviewHref(r);
    }
    Item next = r.item(step + 1).orElseThrow();
    Condition nextCondition = r.conditionOf(next);
    if (nextCondition != r.conditionOf(item)) {
      return partHref(r, Parts.number(nextCondition));
    }
    return itemHref(r, step + 1);
  }

  /** The first unanswered item; the first part's introduction before any answer; else review. */
  static String resumePoint(InventoryResponse r) {
    if (r.answered() == 0) {
      return partHref(r, 1);
    }
    return r.firstUnanswered().map(i -> itemHref(r, r.stepOf(i))).orElse(reviewHref(r));
  }

  static String itemHref(InventoryResponse r, int step) {
    return "/profile/take/" + r.id() + "/items/" + step;
  }

  static String partHref(InventoryResponse r, int part) {
    return "/profile/take/" + r.id() + "/parts/" + part;
  }

  static String reviewHref(InventoryResponse r) {
    return "/profile/take/" + r.id() + "/review";
  }

  /**
   * After htmx follows the redirect that ends a saved step, the address bar should show the step
   * now on screen, so that reload and the back button work.
   */
  private static void pushUrl(HttpServletRequest request, HttpServletResponse response) {
    if (request.getHeader("HX-Request") != null) {
      response.setHeader("HX-Push-Url", request.getRequestURI());
    }
  }
}
