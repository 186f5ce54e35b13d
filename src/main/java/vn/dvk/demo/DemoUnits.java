package vn.dvk.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import vn.dvk.units.Level;
import vn.dvk.units.NewUnit;
import vn.dvk.units.UnitKind;

/** The units of {@code demo/binh-thuan-units.csv}, parents before children. */
final class DemoUnits {

  /** The demo tree is valid from the start of 2020, before the program's first year. */
  static final LocalDate VALID_FROM = LocalDate.of(2020, 1, 1);

  private DemoUnits() {}

  static List<NewUnit> binhThuan() {
    var resource = new ClassPathResource("demo/binh-thuan-units.csv");
    var units = new ArrayList<NewUnit>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        var cells = line.split(";", -1);
        units.add(
            new NewUnit(
                cells[0],
                cells[1],
                cells[2],
                UnitKind.valueOf(cells[3]),
                Level.valueOf(cells[4]),
                cells[5],
                VALID_FROM));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return units;
  }

  /** The district-level unit a unit belongs to (itself, if it is one), or null. */
  static String districtOf(String code, java.util.Map<String, NewUnit> tree) {
    var unit = tree.get(code);
    while (unit != null) {
      if (unit.kind().isDistrictLevelPartyCommittee()) {
        return unit.code();
      }
      unit = unit.parentCode() == null ? null : tree.get(unit.parentCode());
    }
    return null;
  }
}
