package app.velocity.inventory;

import app.velocity.motivation.items.ItemBank;

/**
 * How long the inventory new respondents are given is, for the pages and mails that tell people
 * beforehand.
 *
 * @param questions items over both parts
 * @param minutes about how long it takes (see {@link ItemBank#minutesToTake()})
 */
public record InventoryLength(int questions, int minutes) {

  /** The length of the current item bank. */
  public static InventoryLength current() {
    ItemBank bank = ItemBank.current();
    return new InventoryLength(bank.size(), bank.minutesToTake());
  }
}
