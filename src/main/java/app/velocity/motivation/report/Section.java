package app.velocity.motivation.report;

import java.util.List;

/**
 * One part of a generated text: a stable key for templates and the API, a heading, and its
 * sentences in order. Every sentence depends on the scores; headings do not.
 */
public record Section(String key, String heading, List<String> sentences) {

  public Section {
    if (key == null || key.isBlank() || heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("a section needs a key and a heading");
    }
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("section " + key + " has no sentences");
    }
  }
}
