package app.velocity.relationships;

import app.velocity.motivation.ModelSettings;
import app.velocity.motivation.ProfileCalculator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The pair playbook of two profiles, without storing anything. */
@RestController
@Tag(name = "Profiles", description = "Stateless computations on motivational profiles")
class CompareApi {

  private final ProfileCalculator calculator = new ProfileCalculator(ModelSettings.defaults());

  @PostMapping("/api/v1/profiles/compare")
  @Operation(
      summary = "Pair playbook for you and one colleague",
      description =
          "Send both profiles (going-well and conflict scores, each PEOPLE, PERFORMANCE and"
              + " PROCESS summing to 100; a sum within 1.5 of 100, as rounded profiles have, is"
              + " rescaled to 100 and that side says \"normalised\": true with the scores used)."
              + " Give other.confidence (0..1) when the colleague's"
              + " profile is an observer's estimate. Nothing is stored; the same pair always gets"
              + " the same playbook. A field that is wrong is named in the problem detail's"
              + " \"field\", such as self.goingWell.PEOPLE.")
  Comparison compare(@RequestBody(required = false) CompareRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required, with self and other");
    }
    return Comparison.of(body.toPair(calculator));
  }
}
