package app.velocity.motivation.strengths;

import java.util.List;
import java.util.Objects;

/**
 * A strength of Velocity's own list: what it looks like at its best, what it turns into when
 * overdone, and the drives it draws on. Anyone can borrow any strength; the mix only says which
 * motives make it come easily.
 */
public record Strength(String name, String description, String overdone, DriveMix mix) {

  public Strength {
    Objects.requireNonNull(mix, "a strength needs a drive mix");
    for (String s : new String[] {name, description, overdone}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException(
            "a strength needs a name, description and overdone form");
      }
    }
  }

  /** The whole catalogue, in a fixed order (the tie-break of every ranking). */
  public static List<Strength> catalogue() {
    return CATALOGUE;
  }

  private static final List<Strength> CATALOGUE =
      List.of(
          // Mostly People
          new Strength(
              "Attentive",
              "notices how people are really doing, often before they say it",
              "hovering",
              mix(0.85, 0.0, 0.15)),
          new Strength(
              "Encouraging",
              "builds other people's belief that they can do it",
              "gushing, so that praise loses its worth",
              mix(0.8, 0.2, 0.0)),
          new Strength(
              "Generous",
              "gives time, credit and attention freely",
              "giving so much away that own work and needs go unmet",
              mix(1.0, 0.0, 0.0)),
          new Strength(
              "Welcoming",
              "makes newcomers and outsiders feel they belong",
              "over-familiar, blurring roles and boundaries",
              mix(0.9, 0.1, 0.0)),
          // Mostly Performance
          new Strength(
              "Decisive",
              "makes the call when others hesitate",
              "steamrolling views that deserved a hearing",
              mix(0.0, 0.9, 0.1)),
          new Strength(
              "Driven",
              "keeps going hard until the goal is reached",
              "relentless, wearing out self and others",
              mix(0.0, 1.0, 0.0)),
          new Strength(
              "Bold",
              "takes on stretching bets others shy away from",
              "reckless with other people's stakes",
              mix(0.1, 0.9, 0.0)),
          new Strength(
              "Galvanising",
              "gets a stalled group moving again",
              "pushy, mistaking motion for progress",
              mix(0.25, 0.75, 0.0)),
          new Strength(
              "Candid",
              "says plainly what others only hint at",
              "tactless, landing the point but losing the person",
              mix(0.0, 0.7, 0.3)),
          // Mostly Process
          new Strength(
              "Thorough",
              "leaves no loose ends in the work",
              "never quite finished, always one more check",
              mix(0.0, 0.1, 0.9)),
          new Strength(
              "Precise",
              "gets facts, figures and words exactly right",
              "pedantic about details that do not matter",
              mix(0.0, 0.0, 1.0)),
          new Strength(
              "Self-reliant",
              "works things out without needing to be carried",
              "aloof, keeping others at arm's length",
              mix(0.0, 0.15, 0.85)),
          new Strength(
              "Level-headed",
              "keeps emotion out of judgements about evidence",
              "cold, missing what people feel",
              mix(0.1, 0.1, 0.8)),
          new Strength(
              "Orderly",
              "gives work a structure others can rely on",
              "rigid when the plan no longer fits",
              mix(0.15, 0.0, 0.85)),
          // People and Performance
          new Strength(
              "Rallying",
              "unites people behind a shared aim",
              "swamping dissent with enthusiasm",
              mix(0.5, 0.5, 0.0)),
          new Strength(
              "Advocating",
              "fights for the people in their care",
              "partisan, backing own people against the facts",
              mix(0.6, 0.4, 0.0)),
          new Strength(
              "Stretching",
              "pushes people to grow through harder work",
              "pressuring people beyond what they can carry",
              mix(0.45, 0.55, 0.0)),
          // Performance and Process
          new Strength(
              "Strategic",
              "sees several moves ahead and plans for them",
              "calculating, treating people as pieces",
              mix(0.0, 0.5, 0.5)),
          new Strength(
              "Efficient",
              "finds the shortest sound route to the result",
              "curt, skipping the people part as waste",
              mix(0.0, 0.6, 0.4)),
          new Strength(
              "Exacting",
              "holds work to a high, clear standard",
              "unforgiving of honest mistakes",
              mix(0.05, 0.45, 0.5)),
          // People and Process
          new Strength(
              "Considerate",
              "thinks through how a choice will affect each person",
              "hesitant, waiting until no one could be hurt",
              mix(0.5, 0.0, 0.5)),
          new Strength(
              "Discreet",
              "keeps confidences and handles sensitive matters quietly",
              "secretive, so others feel shut out",
              mix(0.4, 0.0, 0.6)),
          new Strength(
              "Steady",
              "a calm, consistent presence others can lean on",
              "stuck, resisting change that is needed",
              mix(0.55, 0.05, 0.4)),
          // Near the centre
          new Strength(
              "Adaptable",
              "adjusts approach to the person and the moment",
              "hard to pin down, seeming to stand for nothing",
              mix(1.0 / 3, 1.0 / 3, 1.0 / 3)),
          new Strength(
              "Bridge-building",
              "connects opposing views into a workable whole",
              "fence-sitting when a side must be taken",
              mix(0.4, 0.3, 0.3)),
          new Strength(
              "Curious",
              "asks the question nobody thought to ask",
              "distracted by every interesting side path",
              mix(0.25, 0.3, 0.45)),
          new Strength(
              "Resourceful",
              "finds a way with whatever is at hand",
              "improvising where a plan was needed",
              mix(0.3, 0.45, 0.25)));

  private static DriveMix mix(double people, double performance, double process) {
    return new DriveMix(people, performance, process);
  }
}
