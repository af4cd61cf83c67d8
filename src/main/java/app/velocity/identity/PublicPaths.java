package app.velocity.identity;

import java.util.List;

/**
 * Paths a module serves to people who are not signed in (for example a colleague's invitation
 * link). Declare a bean of this type in the module; the security rules collect them all.
 */
public record PublicPaths(List<String> patterns) {

  public static PublicPaths of(String... patterns) {
    return new PublicPaths(List.of(patterns));
  }
}
