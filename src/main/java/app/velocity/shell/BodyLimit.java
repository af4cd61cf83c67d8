package app.velocity.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a handler method (or every method of a controller) reads, when that is
 * not the default of {@code velocity.limits.body} (16 KB). Declare it next to the route, sized to
 * the longest input the route accepts as valid, counted in its worst encoding (a JSON string can
 * take six bytes per character, {@code \u00e9}).
 *
 * <p>A body that says it is longer is refused with 413 before a byte of it is read; a body of
 * undeclared length (chunked) is cut off with 413 as soon as it passes the limit. Form posts and
 * file uploads are parsed by the server itself and have one limit each ({@code
 * server.tomcat.max-http-form-post-size}, {@code spring.servlet.multipart.max-request-size}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BodyLimit {

  /** The limit in kilobytes of 1,024 bytes. */
  int kilobytes();

  /** What the caller can do instead, added to the refusal ("split the history"). */
  String advice() default "";
}
