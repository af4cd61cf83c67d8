package app.velocity.motivation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The vendor names our wording must never contain, kept once in docs/forbidden-names.txt, and the
 * colour words a drive must never be named by.
 */
public final class OwnWords {

  private OwnWords() {}

  /** The forbidden names, lower case. */
  public static List<String> forbiddenNames() {
    try {
      return Files.readAllLines(Path.of("docs", "forbidden-names.txt")).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Matches, in lower-case text, a forbidden name or a colour used as a name. */
  public static Pattern forbiddenNamesAndColours() {
    return Pattern.compile("\\b(" + String.join("|", forbiddenNames()) + "|blue|red|green|hub)\\b");
  }
}
