package app.velocity.inventory;

/** An unfinished response: how far it got and where to continue. */
public record OpenResponse(int answered, int total, String resume) {}
