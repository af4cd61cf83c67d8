package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens through the API. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Personal access tokens for the API")
class TokensApi {

  record CreateToken(String name) {}

  record CreatedToken(UUID id, String name, String token) {}

  private final ApiTokens tokens;

  TokensApi(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @PostMapping
  @Operation(
      summary = "Create a token",
      description =
          "Authenticate with HTTP Basic (e-mail and password). The token is shown once; keep it"
              + " safe. Use it as Authorization: Bearer <token>.",
      security = @SecurityRequirement(name = "basic"))
  ResponseEntity<CreatedToken> create(CurrentUser user, @RequestBody CreateToken body) {
    ApiTokens.Created created = tokens.create(user.id(), body == null ? null : body.name());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new CreatedToken(created.token().id(), created.token().name(), created.secret()));
  }

  @GetMapping
  @Operation(summary = "List your tokens (never their secrets)")
  List<ApiToken> list(CurrentUser user) {
    return tokens.of(user.id());
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke one of your tokens, with immediate effect")
  ResponseEntity<Void> revoke(CurrentUser user, @PathVariable UUID id) {
    return tokens.revoke(user.id(), id)
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }
}
