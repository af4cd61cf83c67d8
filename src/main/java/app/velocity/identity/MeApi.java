package app.velocity.identity;

import app.velocity.organisations.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the token belongs to. */
@RestController
@Tag(name = "Me")
class MeApi {

  record Me(String id, String name, String email, String role, String organisation) {}

  @GetMapping("/api/v1/me")
  @Operation(summary = "The person this token belongs to")
  Me me(CurrentUser user) {
    return new Me(
        user.id().toString(),
        user.name(),
        user.email(),
        user.role().name(),
        user.organisation() == null ? null : user.organisation().toString());
  }
}
