package vn.dvk.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dvk.reporting.YearlySummary.UnitRef;

/**
 * The yearly summary as a paragraph ready to paste into a report, in the reader's language: numbers
 * in the language's format, lists of units written out (“all but Đức Linh”), unit and model names
 * kept in Vietnamese. The sentences are messages ({@code narrative.*}) with a variant for each
 * case, so that each language words them its own way.
 */
@Component
public class SummaryNarrative {

  private final MessageSource messages;

  SummaryNarrative(MessageSource messages) {
    this.messages = messages;
  }

  public String write(YearlySummary s, Locale locale) {
    var sentences = new ArrayList<String>();
    var r = s.registered();
    sentences.add(
        message(
            "narrative.registered",
            locale,
            String.valueOf(s.year()),
            s.unit().name(),
            r.total(),
            r.fresh(),
            r.continued()));
    var d = s.districtLevel();
    if (d.units() > 0) {
      sentences.add(
          d.unitsNotConsidered().isEmpty()
              ? message("narrative.considered.all", locale, d.units(), d.recognized().total())
              : message(
                  "narrative.considered.some",
                  locale,
                  d.unitsThatConsidered(),
                  d.units(),
                  d.recognized().total(),
                  d.unitsNotConsidered().size(),
                  names(d.unitsNotConsidered(), locale)));
      var p = s.proposalsToProvince();
      var missing = p.unitsThatDidNotPropose();
      sentences.add(
          missing.isEmpty()
              ? message("narrative.proposed.all", locale, d.units(), p.proposed().total())
              : missing.size() == 1
                  ? message(
                      "narrative.proposed.all-but",
                      locale,
                      p.unitsThatProposed(),
                      d.units(),
                      missing.get(0).name(),
                      p.proposed().total())
                  : message(
                      "narrative.proposed.some",
                      locale,
                      p.unitsThatProposed(),
                      d.units(),
                      p.proposed().total(),
                      names(missing, locale)));
    }
    var province = s.provinceLevel().recognized();
    sentences.add(
        message(
            "narrative.province",
            locale,
            province.total(),
            province.collective(),
            province.individual()));
    var copies = s.replications();
    if (copies.total() > 0) {
      sentences.add(
          message(
              "narrative.replications",
              locale,
              copies.total(),
              copies.sources(),
              copies.learningUnits()));
    }
    if (!s.outstandingModels().isEmpty()) {
      var items = new ArrayList<String>();
      s.outstandingModels()
          .forEach(
              o ->
                  items.add(
                      message(
                          "narrative.outstanding.item",
                          locale,
                          inner(o.title()),
                          o.unit().name())));
      sentences.add(
          message(
              "narrative.outstanding",
              locale,
              String.join(message("narrative.separator", locale), items)));
    }
    return String.join(" ", sentences);
  }

  /** A title quoted inside the narrative's quotes: its own double quotes become single ones. */
  static String inner(String title) {
    return title.replace('“', '‘').replace('”', '’');
  }

  /** “A”, “A và B”, “A, B và C” in the language's way. */
  private String names(List<UnitRef> units, Locale locale) {
    var names = units.stream().map(UnitRef::name).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    var head = String.join(", ", names.subList(0, names.size() - 1));
    return message("narrative.list", locale, head, names.get(names.size() - 1));
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
