package app.velocity.inventory;

/** An item id that the response's item-bank version does not have. */
public class UnknownItem extends IllegalArgumentException {

  private final String item;

  public UnknownItem(String item, String version) {
    super("item: there is no item \"" + item + "\" in item bank " + version);
    this.item = item;
  }

  public String item() {
    return item;
  }
}
