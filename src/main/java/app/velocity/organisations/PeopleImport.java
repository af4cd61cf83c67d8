package app.velocity.organisations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the people of one organisation from a CSV file (RFC 4180, header row with the columns
 * name, email, role and optionally title). Every bad line is reported with its line number and
 * reason, and nothing is imported unless the whole file is valid.
 */
@Service
public class PeopleImport {

  /** At most this many people in one file; larger organisations import in parts. */
  public static final int MAX_ROWS = 5_000;

  private static final Set<String> REQUIRED = Set.of("name", "email", "role");
  private static final Set<Role> CLIENT_ROLES =
      Set.of(Role.EXECUTIVE, Role.COLLEAGUE, Role.SPONSOR);

  private final Directory directory;

  PeopleImport(Directory directory) {
    this.directory = directory;
  }

  /** One line of the file that cannot be imported. Line 1 is the header. */
  public record Problem(long line, String reason) {}

  /** The outcome: either people were imported or problems were found and nothing changed. */
  public record Result(int imported, List<Problem> problems) {
    public boolean succeeded() {
      return problems.isEmpty();
    }
  }

  @Transactional
  public Result importInto(OrganisationId organisation, Reader csv) {
    OrganisationView target =
        directory.organisation(organisation).orElseThrow(OrganisationNotFound::new);
    List<Problem> problems = new ArrayList<>();
    if (!target.active()) {
      return new Result(0, List.of(new Problem(0, "the organisation is deactivated")));
    }
    List<NewPerson> valid = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.parse(csv, format)) {
      Map<String, Integer> header = normalisedHeader(parser.getHeaderMap());
      List<String> missing =
          REQUIRED.stream().filter(c -> !header.containsKey(c)).sorted().toList();
      if (!missing.isEmpty()) {
        return new Result(
            0,
            List.of(
                new Problem(
                    1,
                    "the header row lacks the column"
                        + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing)
                        + " (expected: name,email,role,title)")));
      }
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (valid.size() + problems.size() >= MAX_ROWS) {
          problems.add(new Problem(line, "the file has more than " + MAX_ROWS + " people"));
          break;
        }
        if (!record.isConsistent()) {
          problems.add(
              new Problem(
                  line,
                  "has "
                      + record.size()
                      + " fields but the header has "
                      + parser.getHeaderMap().size()));
          continue;
        }
        try {
          NewPerson person = toPerson(record, header, organisation);
          String email = Names.email(person.email());
          Long firstLine = seen.putIfAbsent(email, line);
          if (firstLine != null) {
            problems.add(
                new Problem(line, email + " appears twice (also on line " + firstLine + ")"));
          } else if (directory.emailInUse(email)) {
            problems.add(new Problem(line, email + " is already used by someone else"));
          } else {
            valid.add(person);
          }
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(line, e.getMessage()));
        }
      }
    } catch (org.apache.commons.csv.CSVException
        | IllegalStateException
        | java.io.UncheckedIOException e) {
      // commons-csv reports malformed quoting this way; its message names Java classes, which
      // people must not see (found by the fuzz suite), so only its line number is kept
      java.util.regex.Matcher line =
          java.util.regex.Pattern.compile("\\(line (\\d+)\\)")
              .matcher(String.valueOf(e.getMessage()));
      problems.add(
          new Problem(
              line.find() ? Long.parseLong(line.group(1)) : 0,
              "the file is not valid CSV: a quoted value is not closed or a quote is out of place"));
    } catch (IllegalArgumentException e) {
      // commons-csv refuses a header row with an empty or repeated column name (was a 500)
      problems.add(
          new Problem(1, "the header row is not valid: every column needs a name, used once"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (valid.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(1, "the file has a header but no people"));
    }
    if (!problems.isEmpty()) {
      return new Result(0, List.copyOf(problems));
    }
    valid.forEach(directory::addPerson);
    return new Result(valid.size(), List.of());
  }

  private static Map<String, Integer> normalisedHeader(Map<String, Integer> header) {
    Map<String, Integer> normal = new HashMap<>();
    if (header != null) {
      header.forEach(
          (name, index) ->
              normal.put(name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), index));
    }
    return normal;
  }

  private static NewPerson toPerson(
      CSVRecord record, Map<String, Integer> header, OrganisationId organisation) {
    Role role = Role.parse(record.get(header.get("role")));
    if (!CLIENT_ROLES.contains(role)) {
      throw new IllegalArgumentException(
          "role " + role.label() + " cannot be imported; use executive, colleague or sponsor");
    }
    String name = record.get(header.get("name"));
    if (name.isBlank()) {
      throw new InvalidPersonData("name", "is empty");
    }
    String title = header.containsKey("title") ? record.get(header.get("title")) : null;
    return new NewPerson(name, record.get(header.get("email")), role, organisation, title);
  }
}
