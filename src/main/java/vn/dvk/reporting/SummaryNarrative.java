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
    var structure = s.unitsUnderProvince().structure();
    sentences.add(
        message(
            structure.key("narrative.registered"),
            locale,
            String.valueOf(s.year()),
            s.unit().name(),
            r.total(),
            r.fresh(),
            r.continued()));
    if (s.districtLevel().units() > 0) {
      sentences.add(considered(s.districtLevel(), structure, locale));
      sentences.add(proposed(s.districtLevel().units(), s.proposalsToProvince(), locale));
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
      sentences.add(outstanding(s.outstandingModels(), locale));
    }
    return String.join(" ", sentences);
  }

  /**
   * All the units under the province considered, or some, naming those that did not: worded for the
   * year's structure (district-level units, or communes and units under the province).
   */
  private String considered(
      YearlySummary.DistrictLevel d, YearlySummary.Structure structure, Locale locale) {
    if (d.unitsNotConsidered().isEmpty()) {
      return message(
          structure.key("narrative.considered.all"), locale, d.units(), d.recognized().total());
    }
    return message(
        structure.key("narrative.considered.some"),
        locale,
        d.unitsThatConsidered(),
        d.units(),
        d.recognized().total(),
        d.unitsNotConsidered().size(),
        names(d.unitsNotConsidered(), locale));
  }

  /** All of the units proposed to the province, all but one, or some, naming those that did not. */
  private String proposed(int units, YearlySummary.ProposalsToProvince p, Locale locale) {
    var missing = p.unitsThatDidNotPropose();
    if (missing.isEmpty()) {
      return message("narrative.proposed.all", locale, units, p.proposed().total());
    }
    if (missing.size() == 1) {
      return message(
          "narrative.proposed.all-but",
          locale,
          p.unitsThatProposed(),
          units,
          missing.get(0).name(),
          p.proposed().total());
    }
    return message(
        "narrative.proposed.some",
        locale,
        p.unitsThatProposed(),
        units,
        p.proposed().total(),
        names(missing, locale));
  }

  private String outstanding(List<YearlySummary.OutstandingModel> models, Locale locale) {
    var items =
        models.stream()
            .map(
                o ->
                    message(
                        "narrative.outstanding.item", locale, inner(o.title()), o.unit().name()))
            .toList();
    return message(
        "narrative.outstanding",
        locale,
        String.join(message("narrative.separator", locale), items));
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
