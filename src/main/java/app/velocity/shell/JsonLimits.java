package app.velocity.shell;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies are bounded in their parts, not only in their length: no string in them may be longer
 * than {@link #MAX_STRING_LENGTH} characters. The longest text Velocity takes is a coaching note of
 * 20,000 characters; without this, the one large body (a comfort-bias history, up to 64 MB) could
 * be a single string, which the parser would build in memory several times over before the body's
 * limit was reached.
 *
 * <p>The mapper is otherwise Spring Boot's: this replaces only its builder's starting point, and
 * every customizer (the {@code spring.jackson.*} properties, problem details) is applied as before.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

  static final int MAX_STRING_LENGTH = 100_000;

  static final String TOO_LONG =
      "A text in the body is longer than Velocity takes (at most 100,000 characters); send less.";

  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
            .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory);
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }
}
