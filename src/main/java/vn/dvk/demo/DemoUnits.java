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

/**
 * The demo's trees before the 2025 reform, parents before children: Bình Thuận ({@code
 * demo/binh-thuan-units.csv}), the old Lâm Đồng and Đắk Nông, and the nation above them.
 */
final class DemoUnits {

  /** The demo tree is valid from the start of 2020, before the program's first year. */
  static final LocalDate VALID_FROM = LocalDate.of(2020, 1, 1);

  private DemoUnits() {}

  static List<NewUnit> binhThuan() {
    return read("demo/binh-thuan-units.csv");
  }

  static List<NewUnit> lamDong() {
    return read("demo/lam-dong-units.csv");
  }

  static List<NewUnit> dakNong() {
    return read("demo/dak-nong-units.csv");
  }

  /** The nation, a root of its own until the reform moves the new Lâm Đồng under it. */
  static NewUnit nation() {
    return new NewUnit("VN", "Việt Nam", null, UnitKind.NATION, Level.CENTRAL, null, VALID_FROM);
  }

  private static List<NewUnit> read(String path) {
    return rows(path).stream()
        .map(
            cells ->
                new NewUnit(
                    cells[0],
                    cells[1],
                    cells[2],
                    UnitKind.valueOf(cells[3]),
                    Level.valueOf(cells[4]),
                    cells[5],
                    VALID_FROM))
        .toList();
  }

  /** The cells of a demo file's lines, separated by semicolons; comments and blanks skipped. */
  static List<String[]> rows(String path) {
    var resource = new ClassPathResource(path);
    var rows = new ArrayList<String[]>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split(";", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
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
