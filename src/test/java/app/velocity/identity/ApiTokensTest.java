package app.velocity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.velocity.Fixtures;
import app.velocity.IntegrationTest;
import app.velocity.organisations.PersonView;
import app.velocity.organisations.Role;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Tag("smoke")
class ApiTokensTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  private String createToken(PersonView person) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/tokens")
                    .with(httpBasic(person.email(), Fixtures.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"my script\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.token").isString())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.token");
  }

  @Test
  void createsATokenWithBasicAuthAndUsesItAsBearer() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String token = createToken(exec);
    assertThat(token).startsWith("vel_");
    assertThat(
            jdbc.sql("select count(*) from api_tokens where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .as("the token is stored only as a hash")
        .isZero();
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value(exec.email()))
        .andExpect(jsonPath("$.role").value("EXECUTIVE"));
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String token = createToken(exec);
    String list =
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].name").value("my script"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list).doesNotContain(token);
    String id = JsonPath.read(list, "$[0].id");
    mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + token))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void theTokenOfADeactivatedPersonStopsWorkingAtOnce() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String token = createToken(exec);
    // used just before, so the token was recently found valid
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    fixtures.directory().setPersonActive(exec.id(), false);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isUnauthorized());
    fixtures.directory().setPersonActive(exec.id(), true);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
  }

  @Test
  void nobodyCanRevokeSomeoneElsesToken() throws Exception {
    PersonView owner = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    PersonView other = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    String ownerToken = createToken(owner);
    String list =
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + ownerToken))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(list, "$[0].id");
    mvc.perform(
            delete("/api/v1/tokens/" + id)
                .header("Authorization", "Bearer " + fixtures.token(other)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ownerToken))
        .andExpect(status().isOk());
  }

  @Test
  void refusesAWrongPasswordWithAProblemDetail() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(
            post("/api/v1/tokens")
                .with(httpBasic(exec.email(), "wrong password"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(401));
  }

  @Test
  void tokenCreationIsThrottledLikeSignIn() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS.free(); i++) {
      mvc.perform(
          post("/api/v1/tokens")
              .with(httpBasic(exec.email(), "wrong password"))
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"name\": \"x\"}"));
    }
    mvc.perform(
            post("/api/v1/tokens")
                .with(httpBasic(exec.email(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\"}"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void rejectsAnUnknownBearerTokenAndAMissingOne() throws Exception {
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer vel_forged"))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void refusesATokenWithoutAName() throws Exception {
    PersonView exec = fixtures.person(Role.EXECUTIVE, fixtures.organisation());
    mvc.perform(
            post("/api/v1/tokens")
                .with(httpBasic(exec.email(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.field").value("name"));
    mvc.perform(
            post("/api/v1/tokens")
                .with(httpBasic(exec.email(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{not json"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
  }

  @Test
  void servesTheOpenApiDocument() throws Exception {
    mvc.perform(get("/api/v1/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/tokens']").exists())
        .andExpect(jsonPath("$.components.securitySchemes.bearer").exists())
        .andExpect(jsonPath("$.components.schemas.CurrentUser").doesNotExist());
  }
}
