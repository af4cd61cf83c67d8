package app.velocity.relationships;

import app.velocity.organisations.PersonId;
import java.util.List;

/**
 * A relationship map as one viewer may see it: the owner, or their coach when the owner shared it.
 *
 * @param owner whether the viewer is the executive (who may change it)
 * @param ownResult whether the executive's own result is known to the viewer
 * @param svg the triangle, drawn on the server (safe to embed)
 * @param attention the relationships ordered by what needs attention; empty without own result
 * @param unknown names of people on the map with no profile the viewer may see
 * @param visibility who can see this map, in words
 */
public record MapPage(
    PersonId executive,
    String executiveName,
    boolean owner,
    boolean ownResult,
    String svg,
    List<Row> rows,
    List<AttentionItem> attention,
    List<String> unknown,
    String visibility,
    boolean sharedWithCoach,
    String coachName) {

  /** One person on the map. */
  public record Row(
      PersonId person,
      String name,
      String title,
      KnownProfile profile,
      int importance,
      String frequency,
      String frequencyWords,
      int ease,
      int effectiveness,
      String notes,
      String profileVisibility) {

    public String id() {
      return person.value().toString();
    }
  }

  /** One line of the attention list. */
  public record AttentionItem(PersonId person, String name, String pattern, String reason) {

    public String id() {
      return person.value().toString();
    }
  }

  public String id() {
    return executive.value().toString();
  }
}
