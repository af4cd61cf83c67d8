package app.velocity.delegation;

import app.velocity.delegation.analysis.ComfortBiasAnalysis;
import app.velocity.shell.BodyLimit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The comfort-bias measurement of a delegation history sent in the request, nothing stored. */
@RestController
@Tag(name = "Analysis", description = "Stateless analyses of delegation histories")
class ComfortBiasApi {

  /**
   * The one API body that may legitimately be large: 100,000 decisions with five candidates each
   * are some 40 MB of JSON.
   */
  static final int MAX_MEGABYTES = 64;

  @PostMapping("/api/v1/analysis/comfort-bias")
  @BodyLimit(kilobytes = MAX_MEGABYTES * 1024, advice = "split the history or send fewer decisions")
  @Operation(
      summary = "Measure comfort bias in a delegation history",
      description =
          "Send your going-well scores, the people decisions may name and the decisions, oldest"
              + " first (at most 20,000 people and 100,000 decisions, body at most "
              + MAX_MEGABYTES
              + " MB). Answers the odds ratio with its 95% interval, mean distances, fit given"
              + " up, Gini, share of decisions comparing three or more, the trend by quarter and"
              + " the fit-controlled test (pValue, biasDetected). Every triple of scores sums to"
              + " 100; one within 1.5 of 100, as rounded profiles are, is rescaled to 100 and"
              + " the answer says \"normalised\": true and lists it under \"rescaled\" with the"
              + " scores used. A field that is wrong is named in the problem detail's"
              + " \"field\", such as decisions[3].chosen.")
  ComfortBiasResult analyse(@RequestBody(required = false) ComfortBiasRequest body) {
    if (body == null) {
      throw new IllegalArgumentException("body: is required, with executive, people and decisions");
    }
    ComfortBiasRequest.Checked in = body.check();
    return ComfortBiasResult.of(
        ComfortBiasAnalysis.analyse(in.executive(), in.people(), in.decisions()), in.rescaled());
  }
}
