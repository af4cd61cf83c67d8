package app.velocity.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/v1, served at /api/v1/openapi with Swagger UI at /api/v1/docs.
 */
@Configuration
class OpenApiConfiguration {

  static {
    // The signed-in person is resolved from the token, never sent as a parameter.
    org.springdoc.core.utils.SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(app.velocity.organisations.CurrentUser.class);
  }

  @Bean
  OpenAPI velocityOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Velocity API")
                .version("v1")
                .description(
                    "JSON API of Velocity. Authenticate with a personal access token"
                        + " (Authorization: Bearer TOKEN); create one in the app under Account,"
                        + " or with POST /api/v1/tokens using HTTP Basic. Errors are RFC 9457"
                        + " problem details."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
