package app.velocity.evidence;

import java.util.List;
import java.util.Random;

/**
 * Malformed, oversized and hostile values, drawn from a seeded {@link Random} so that every run
 * sends the same cases and a failure can be replayed. None of them contains a Java class name or a
 * database error text, so that finding one of those in an answer means the server leaked it.
 */
final class Hostile {

  static final String ONE_MEGABYTE = "A".repeat(1 << 20);

  static final List<String> SQL =
      List.of(
          "' OR '1'='1",
          "' OR 1=1 --",
          "admin@demo.velocity.app' --",
          "'; drop table people; --",
          "x'); delete from organisations; --",
          "1; select pg_sleep(5)",
          "' union select password_hash, null from credentials --",
          "\" OR \"\"=\"",
          "%' and 1=0 union select 1 --",
          "') or ('a'='a",
          "1' waitfor delay '0:0:5' --",
          "\\'; truncate api_tokens; --");

  static final List<String> MARKUP =
      List.of(
          "<script>alert(1)</script>",
          "\"><script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "<svg/onload=alert(1)>",
          "'\"><iframe src=//evil.example>",
          "</textarea><script>alert(1)</script>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "{{7*7}}${7*7}<%= 7*7 %>",
          "${jndi:ldap://127.0.0.1/x}",
          "=cmd|' /C calc'!A0",
          "hx-get=\"/admin\" hx-trigger=\"load\"");

  static final List<String> NUMBERS =
      List.of(
          "-1",
          "0",
          "-0",
          "NaN",
          "Infinity",
          "-Infinity",
          "1e309",
          "99999999999999999999999",
          "2147483648",
          "-9223372036854775809",
          "0x10",
          "1.5",
          "true",
          "false",
          "yes",
          "null");

  static final List<String> IDS =
      List.of(
          "00000000-0000-0000-0000-000000000000",
          "not-a-uuid",
          "12345",
          "ffffffff-ffff-ffff-ffff-fffffffffffff",
          "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
          "..",
          "%00",
          "-1",
          " ",
          "1 or 1=1");

  static final List<String> ODD =
      List.of(
          "",
          " ",
          "\t\n\r",
          "\u0000",
          "a\u0000b",
          "\r\nSet-Cookie: x=y",
          "../../../../etc/passwd",
          "%s%s%s%n%x",
          "\u202Egnp.exe",
          "\uFEFF",
          "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "Zalgo: Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319",
          "\uD800",
          "ｆｕｌｌｗｉｄｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ",
          "a@b.c",
          "@",
          "x@y",
          "nobody@example.test",
          "EXECUTIVE",
          "colleague",
          "FIRM_ADMIN");

  private final Random random;

  Hostile(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A hostile string value, of one of many kinds. */
  String value() {
    return switch (random.nextInt(14)) {
      case 0 -> pick(SQL);
      case 1 -> pick(MARKUP);
      case 2 -> pick(NUMBERS);
      case 3 -> pick(IDS);
      case 4, 5 -> pick(ODD);
      case 6 -> randomAscii(1 + random.nextInt(60));
      case 7 -> randomUnicode(1 + random.nextInt(60));
      case 8 -> "x".repeat(199 + random.nextInt(4)); // either side of the 200-character limits
      case 9 -> random.nextInt(20) == 0 ? ONE_MEGABYTE : "B".repeat(1000 + random.nextInt(70_000));
      case 10 -> randomAscii(5) + "@" + randomAscii(300) + ".test";
      case 11 -> pick(SQL) + pick(MARKUP);
      case 12 -> String.valueOf(random.nextLong());
      default -> pick(MARKUP) + randomUnicode(5);
    };
  }

  String randomAscii(int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) (32 + random.nextInt(95)));
    }
    return s.toString();
  }

  String randomUnicode(int length) {
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      int cp =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x80);
            case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
            case 2 -> 0x800 + random.nextInt(0xD800 - 0x800);
            default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
          };
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  /** A JSON value for a field of the given type: right, wrong or hostile. */
  String jsonValue(Class<?> type) {
    return switch (random.nextInt(10)) {
      case 0 -> "null";
      case 1 -> String.valueOf(random.nextInt(3) - 1);
      case 2 -> pick(List.of("true", "[]", "{}", "[1,2,3]", "{\"a\":1}", "1.5e308", "-0.0"));
      case 3 -> nested(2 + random.nextInt(2000));
      case 4 -> "\"" + pick(List.of("NaN", "Infinity", "-1", "1e999")) + "\"";
      default -> quote(value());
    };
  }

  String nested(int depth) {
    String open = random.nextBoolean() ? "[" : "{\"a\":";
    String close = open.equals("[") ? "]" : "}";
    return open.repeat(depth) + "1" + close.repeat(depth);
  }

  /** A JSON body for the given fields, or a broken one. */
  String jsonBody(List<Routes.Field> fields) {
    switch (random.nextInt(12)) {
      case 0:
        return "";
      case 1:
        return pick(List.of("null", "[]", "\"x\"", "42", "true", "{", "{\"name\":", "}{", "{,}"));
      case 2:
        return nested(5000);
      case 3:
        return "{\"name\":\"" + ONE_MEGABYTE + "\"}";
      case 4:
        return "{\"name\":\"a\",\"name\":\"b\",\"__proto__\":{\"admin\":true},\"role\":\"FIRM_ADMIN\"}";
      default:
        StringBuilder json = new StringBuilder("{");
        for (Routes.Field f : fields) {
          if (random.nextInt(5) == 0) {
            continue; // missing field
          }
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(quote(f.name())).append(':').append(jsonValue(f.type()));
        }
        if (random.nextInt(4) == 0) {
          json.append(json.length() > 1 ? "," : "")
              .append("\"unexpected\":")
              .append(jsonValue(String.class));
        }
        return json.append('}').toString();
    }
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
