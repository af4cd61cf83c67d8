package app.velocity.shell;

/** A card on the home page: a place to go and why. */
public record Tile(String title, String text, String href) {}
