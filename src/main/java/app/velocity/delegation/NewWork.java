package app.velocity.delegation;

import app.velocity.delegation.analysis.Criticality;
import app.velocity.motivation.DriveScores;
import java.time.LocalDate;

/**
 * What the executive says about a new piece of work, checked field by field.
 *
 * @param skills optional, free text such as "SQL, negotiation"; empty when none
 * @param dueOn optional
 */
public record NewWork(
    String title,
    String description,
    Criticality criticality,
    DriveScores demand,
    String skills,
    LocalDate dueOn) {

  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 4000;
  public static final int MAX_SKILLS = 500;

  public NewWork {
    title = title == null ? "" : title.strip();
    description = description == null ? "" : description.strip();
    skills = skills == null ? "" : skills.strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("title: give the work a short title");
    }
    if (title.length() > MAX_TITLE) {
      throw new IllegalArgumentException(
          "title: keep the title under " + MAX_TITLE + " characters");
    }
    if (description.length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException(
          "description: keep the description under " + MAX_DESCRIPTION + " characters");
    }
    if (skills.length() > MAX_SKILLS) {
      throw new IllegalArgumentException(
          "skills: keep the skills under " + MAX_SKILLS + " characters");
    }
    if (criticality == null) {
      throw new IllegalArgumentException("criticality: choose routine, important or critical");
    }
    if (demand == null) {
      throw new IllegalArgumentException("demand: say what the work demands of the three drives");
    }
  }
}
