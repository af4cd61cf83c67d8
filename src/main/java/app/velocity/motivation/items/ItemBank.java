package app.velocity.motivation.items;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A versioned set of inventory items, read from {@code /inventory/item-bank-<version>.json} on the
 * class path. A version is never edited once respondents have answered it; wording changes go into
 * a new version, so that old answers keep meaning what they meant.
 *
 * <p>The bank checks itself when built: ids unique across the bank (items and endings), one part
 * per condition, at least {@link InventoryPart#MIN_ITEMS} items per part, one ending per drive.
 */
public record ItemBank(String version, List<InventoryPart> parts) {

  /** The version new respondents are given. */
  public static final String CURRENT_VERSION = "v2";

  private static final Pattern VERSION = Pattern.compile("v[0-9]+");
  private static final int SECONDS_PER_ITEM = 20;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final ConcurrentMap<String, ItemBank> LOADED = new ConcurrentHashMap<>();

  public ItemBank {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("a bank version looks like v1, not " + version);
    }
    parts = List.copyOf(parts == null ? List.of() : parts);
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    Set<String> ids = new HashSet<>();
    for (InventoryPart part : parts) {
      if (!conditions.add(part.condition())) {
        throw new IllegalArgumentException("two parts for " + part.condition());
      }
      for (Item item : part.items()) {
        requireNew(ids, item.id());
        item.endings().forEach(e -> requireNew(ids, e.id()));
      }
    }
    if (conditions.size() != Condition.values().length) {
      throw new IllegalArgumentException("the bank needs one part for each condition");
    }
  }

  private static void requireNew(Set<String> ids, String id) {
    if (!ids.add(id)) {
      throw new IllegalArgumentException("the id " + id + " is used twice");
    }
  }

  /** The bank given to new respondents. */
  public static ItemBank current() {
    return load(CURRENT_VERSION);
  }

  /**
   * Reads and checks one version. Banks are immutable, so each version is read once.
   *
   * @throws InvalidItemBank when the file is missing or breaks a rule
   */
  public static ItemBank load(String version) {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("a bank version looks like v1, not " + version);
    }
    return LOADED.computeIfAbsent(version, ItemBank::read);
  }

  private static ItemBank read(String version) {
    String resource = "/inventory/item-bank-" + version + ".json";
    try (InputStream in = ItemBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidItemBank("no item bank " + version + " at " + resource, null);
      }
      ItemBank bank = parse(in);
      if (!bank.version().equals(version)) {
        throw new InvalidItemBank(resource + " says it is version " + bank.version(), null);
      }
      return bank;
    } catch (IOException e) {
      throw new InvalidItemBank("cannot read " + resource, e);
    }
  }

  /** Parses and checks a bank from JSON; used for the shipped files and for reviewing drafts. */
  public static ItemBank parse(InputStream json) {
    try {
      return JSON.readValue(json, ItemBank.class);
    } catch (JacksonException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      throw new InvalidItemBank("invalid item bank: " + cause.getMessage(), e);
    }
  }

  /**
   * The radius of the region a type must fit inside to be stated firmly on this bank, calibrated
   * for the length of its going-well part (see {@link
   * app.velocity.motivation.FirmnessCalibration}).
   */
  public double firmnessRadius() {
    return app.velocity.motivation.FirmnessCalibration.radiusFor(
        part(Condition.GOING_WELL).items().size());
  }

  /** How many items there are over both parts. */
  public int size() {
    return parts.stream().mapToInt(p -> p.items().size()).sum();
  }

  /**
   * About how long the whole inventory takes, in minutes, for telling people beforehand: 20 seconds
   * an item (reading a stem and three endings and splitting 10 points), rounded up to 5 minutes.
   */
  public int minutesToTake() {
    int minutes = (size() * SECONDS_PER_ITEM + 59) / 60;
    return (minutes + 4) / 5 * 5;
  }

  /** The part for one condition. */
  public InventoryPart part(Condition condition) {
    return parts.stream().filter(p -> p.condition() == condition).findFirst().orElseThrow();
  }
}
