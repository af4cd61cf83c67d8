package app.velocity.inventory;

/** One line of the review before submitting: the item and whether it has an answer. */
public record ReviewRow(int step, String stem, boolean answered, String href) {}
