package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In the spirit of spring-petclinic's I18nPropertiesSyncTest: templates carry no literal text
 * (every word comes from the message files), every key a template names exists, and every language
 * has every key.
 */
class I18nPropertiesSyncTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Path MESSAGES = Path.of("src/main/resources/i18n");
  private static final List<String> LANGUAGES = List.of("en", "he");

  /** Text between tags that contains a letter. */
  private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

  /** Attributes read by people that must come from messages (th:... variants are fine). */
  private static final Pattern PLAIN_ATTRIBUTE =
      Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label)=\"([^\"]*\\p{L}[^\"]*)\"");

  private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

  @Test
  void templatesHaveNoLiteralText() throws IOException {
    var offences = new ArrayList<String>();
    for (var template : templates()) {
      var html = withoutIgnoredParts(Files.readString(template));
      var text = TEXT_NODE.matcher(html);
      while (text.find()) {
        if (!isReplacedByThymeleaf(html, text.start())) {
          offences.add(
              where(template, html, text.start()) + " text \"" + text.group(1).trim() + "\"");
        }
      }
      var attribute = PLAIN_ATTRIBUTE.matcher(html);
      while (attribute.find()) {
        offences.add(where(template, html, attribute.start()) + " attribute " + attribute.group(1));
      }
    }
    assertThat(offences).isEmpty();
  }

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    var base = keys(load("messages.properties"));
    for (var language : LANGUAGES) {
      var translated = keys(load("messages_" + language + ".properties"));
      assertThat(translated).as("keys of " + language).containsExactlyElementsOf(base);
    }
  }

  @Test
  void everyKeyATemplateNamesExists() throws IOException {
    var base = keys(load("messages.properties"));
    var missing = new TreeSet<String>();
    for (var template : templates()) {
      var keys = STATIC_KEY.matcher(Files.readString(template));
      while (keys.find()) {
        if (!base.contains(keys.group(1))) {
          missing.add(template.getFileName() + ": " + keys.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noTranslationIsLeftEmpty() throws IOException {
    for (var file :
        List.of("messages.properties", "messages_en.properties", "messages_he.properties")) {
      var properties = load(file);
      assertThat(properties.stringPropertyNames())
          .as(file)
          .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
    }
  }

  /**
   * A message with arguments is a {@link java.text.MessageFormat} pattern, where a lone straight
   * apostrophe starts a quote and disappears (“the systems data”): such messages write ’.
   */
  @Test
  void messagesWithArgumentsKeepTheirApostrophes() throws IOException {
    for (var file :
        List.of("messages.properties", "messages_en.properties", "messages_he.properties")) {
      var properties = load(file);
      for (var key : properties.stringPropertyNames()) {
        var pattern = properties.getProperty(key);
        if (pattern.matches("(?s).*\\{\\d.*")) {
          var arguments = new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
          var shown = new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH);
          assertThat(shown.format(arguments).chars().filter(c -> c == '\'' || c == '’').count())
              .as(file + " " + key)
              .isEqualTo(
                  pattern.replace("''", "'").chars().filter(c -> c == '\'' || c == '’').count());
        }
      }
    }
  }

  /**
   * The text of an element is literal unless the element's opening tag sets th:text, th:utext or
   * th:replace.
   */
  private static boolean isReplacedByThymeleaf(String html, int textStart) {
    var tagStart = html.lastIndexOf('<', textStart);
    if (tagStart < 0) {
      return false;
    }
    var tag = html.substring(tagStart, textStart);
    return tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace");
  }

  private static String where(Path template, String html, int offset) {
    return template + ":" + (html.substring(0, offset).chars().filter(c -> c == '\n').count() + 1);
  }

  private static String withoutIgnoredParts(String html) {
    return html.replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
        .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
        .replaceAll("(?s)<title th:[^>]*>.*?</title>", "<title></title>");
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static Properties load(String file) throws IOException {
    var properties = new Properties();
    try (InputStream in = Files.newInputStream(MESSAGES.resolve(file))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> keys(Properties properties) {
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
