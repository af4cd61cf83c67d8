package app.velocity.motivation;

/**
 * Analyses profiles under one set of {@link ModelSettings}. Stateless apart from the settings,
 * thread-safe, and cheap: one analysis allocates only its result objects.
 */
public final class ProfileCalculator {

  private final ModelSettings settings;
  private final TypeRule typeRule;

  public ProfileCalculator(ModelSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    this.settings = settings;
    this.typeRule = new TypeRule(settings);
  }

  public ModelSettings settings() {
    return settings;
  }

  public TypeRule typeRule() {
    return typeRule;
  }

  /** Type, leaning, conflict sequence and triangle geometry of a profile. */
  public ProfileAnalysis analyse(Profile profile) {
    DriveScores well = profile.goingWell();
    double sum = well.people() + well.performance() + well.process();
    double people = well.people() * 100 / sum;
    double performance = well.performance() * 100 / sum;
    double process = well.process() * 100 / sum;

    MotivationalType type = typeRule.typeOf(people, performance, process);
    double distance = typeRule.distanceToBoundary(people, performance, process);

    Drive dominant = Drive.PEOPLE;
    double top = people;
    if (performance > top) {
      dominant = Drive.PERFORMANCE;
      top = performance;
    }
    if (process > top) {
      dominant = Drive.PROCESS;
    }

    DriveScores conflict = profile.conflict();
    ConflictSequence sequence =
        ConflictSequence.of(
            conflict.people(), conflict.performance(), conflict.process(), settings.tieTolerance());

    TrianglePoint dot = TrianglePoint.of(well);
    TrianglePoint head = TrianglePoint.of(conflict);
    return new ProfileAnalysis(
        profile,
        type,
        typeRule.isLeaning(distance),
        distance,
        dominant,
        sequence,
        dot,
        head,
        new Arrow(dot, head));
  }
}
