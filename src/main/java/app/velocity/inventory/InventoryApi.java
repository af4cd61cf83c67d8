package app.velocity.inventory;

import app.velocity.motivation.InventoryScoring;
import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.Profile;
import app.velocity.motivation.ProfileAnalysis;
import app.velocity.motivation.ProfileCalculator;
import app.velocity.motivation.ProfileError;
import app.velocity.motivation.ProfileReading;
import app.velocity.motivation.ScoreError;
import app.velocity.motivation.ScoresInput;
import app.velocity.motivation.UncertaintyRule;
import app.velocity.motivation.items.Condition;
import app.velocity.motivation.items.InvalidItemBank;
import app.velocity.motivation.items.InventoryPart;
import app.velocity.motivation.items.Item;
import app.velocity.motivation.items.ItemBank;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The model and the item bank for the firm's integrations: analyse scores, read the current item
 * bank, score a whole inventory answered elsewhere (on paper, say). Like all of /api/v1 it needs a
 * personal access token: these calls expose no personal data, but the API exists for the firm's own
 * integrations, not for the public (docs/inventory.md).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Profiles and the inventory", description = "The motivational model and the item bank")
class InventoryApi {

  private static final ProfileCalculator CALCULATOR =
      new ProfileCalculator(ModelSettings.defaults());

  @BodyLimit(kilobytes = 4) // two triples of scores
  @PostMapping(path = "/profiles/calculate", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Analyse going-well and conflict scores",
      description =
          "Each triple must hold exactly PEOPLE, PERFORMANCE and PROCESS, each a number from 0 to"
              + " 100, summing to 100. Scores rounded as reports write them are accepted: a sum"
              + " within 1.5 of 100 (33/33/33, or 40.1/30/30) is rescaled to 100 exactly, the"
              + " answer says `\"normalised\": true` and `goingWell` and `conflict` give the"
              + " scores used. Anything else is answered with 400 and a problem detail whose"
              + " `field` names the offending field, such as `goingWell.PEOPLE`.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(schema = @Schema(implementation = ApiJson.CalculateRequest.class))),
      responses = {
        @ApiResponse(responseCode = "200", description = "The analysis"),
        @ApiResponse(
            responseCode = "400",
            description =
                "A field is missing, extra, of the wrong type, out of range or the sum"
                    + " is more than 1.5 from 100",
            content = @Content(mediaType = "application/problem+json"))
      })
  ApiJson.AnalysisJson calculate(InputStream body) {
    JsonNode json = JsonInput.object(body);
    JsonInput.onlyKeys(json, "", Set.of("goingWell", "conflict"));
    ScoresInput.Read goingWell = JsonInput.scores(json, "goingWell");
    ScoresInput.Read conflict = JsonInput.scores(json, "conflict");
    Profile profile = new Profile(goingWell.scores(), conflict.scores());
    return ApiJson.AnalysisJson.of(
        CALCULATOR.analyse(profile), goingWell.normalised() || conflict.normalised());
  }

  @GetMapping("/inventory")
  @Operation(
      summary = "The current item bank",
      description =
          "Items of both parts with their endings in the bank's order. Show endings to respondents"
              + " in a shuffled order; each respondent splits 10 whole points over an item's three"
              + " endings.")
  ApiJson.InventoryJson inventory() {
    return ApiJson.InventoryJson.of(ItemBank.current());
  }

  @PostMapping(path = "/inventory/score", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Score a whole inventory answered elsewhere",
      description =
          "Every item of the version must be answered exactly once, its points split over its"
              + " three endings as whole, non-negative numbers summing to 10. Nothing is stored."
              + " A bad distribution answers 400 with `field` naming the item, such as"
              + " `answers[GW03]`.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content = @Content(schema = @Schema(implementation = ApiJson.ScoreRequest.class))),
      responses = {
        @ApiResponse(responseCode = "200", description = "The scores and their analysis"),
        @ApiResponse(
            responseCode = "400",
            description = "Unknown version or item, a missing item or a bad distribution",
            content = @Content(mediaType = "application/problem+json"))
      })
  ApiJson.ScoredJson score(InputStream body) {
    JsonNode json = JsonInput.object(body);
    JsonInput.onlyKeys(json, "", Set.of("version", "answers"));
    String version = JsonInput.string(json, "version", "");
    ItemBank bank;
    try {
      bank = ItemBank.load(version);
    } catch (InvalidItemBank | IllegalArgumentException e) {
      throw JsonInput.bad("version", "there is no item bank \"" + version + "\"");
    }
    JsonNode answers = JsonInput.required(json, "answers", "");
    if (!answers.isArray()) {
      throw JsonInput.bad("answers", "must be an array of {item, points}");
    }
    Map<String, Item> items = new HashMap<>();
    bank.parts().forEach(p -> p.items().forEach(i -> items.put(i.id(), i)));
    Map<String, Answer> given = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      String path = "answers[" + i + "]";
      JsonNode a = answers.get(i);
      if (!a.isObject()) {
        throw JsonInput.bad(path, "must be an object with item and points");
      }
      JsonInput.onlyKeys(a, path, Set.of("item", "points"));
      String itemId = JsonInput.string(a, "item", path);
      Item item = items.get(itemId);
      if (item == null) {
        throw JsonInput.bad(
            path + ".item", "there is no item \"" + itemId + "\" in item bank " + version);
      }
      if (given.containsKey(itemId)) {
        throw JsonInput.bad(path + ".item", itemId + " is answered more than once");
      }
      given.put(itemId, Answer.of(item, JsonInput.points(a, "points", path)));
    }
    List<String> missing = new ArrayList<>();
    for (InventoryPart part : bank.parts()) {
      part.items().stream()
          .map(Item::id)
          .filter(id -> !given.containsKey(id))
          .forEach(missing::add);
    }
    if (!missing.isEmpty()) {
      throw JsonInput.bad(
          "answers",
          missing.size()
              + (missing.size() == 1 ? " item is" : " items are")
              + " not answered: "
              + String.join(", ", missing));
    }
    int[][] goingWell = rows(bank, Condition.GOING_WELL, given);
    int[][] conflict = rows(bank, Condition.CONFLICT, given);
    Profile profile = new InventoryScoring(InventoryPart.MIN_ITEMS).score(goingWell, conflict);
    ProfileAnalysis analysis = CALCULATOR.analyse(profile);
    ProfileReading reading =
        new UncertaintyRule(CALCULATOR.settings(), bank.firmnessRadius())
            .read(analysis, new ProfileError(ScoreError.of(goingWell), ScoreError.of(conflict)));
    return new ApiJson.ScoredJson(
        bank.version(), ApiJson.AnalysisJson.of(analysis), ApiJson.PrecisionJson.of(reading));
  }

  private static int[][] rows(ItemBank bank, Condition condition, Map<String, Answer> given) {
    return bank.part(condition).items().stream()
        .map(i -> given.get(i.id()).row())
        .toArray(int[][]::new);
  }
}
