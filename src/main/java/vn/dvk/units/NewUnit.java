package vn.dvk.units;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A unit to create, valid from {@code validFrom}. Codes are kept upper case, names in NFC. */
public record NewUnit(
    String code,
    String name,
    String shortName,
    UnitKind kind,
    Level level,
    String parentCode,
    LocalDate validFrom) {

  public NewUnit {
    code = normalizeCode(code);
    name = normalizeName(name);
    shortName = shortName == null || shortName.isBlank() ? null : normalizeName(shortName);
    parentCode = normalizeCode(parentCode);
    if (level == null && kind != null) {
      level = kind.defaultLevel();
    }
  }

  public static String normalizeCode(String code) {
    return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
  }

  public static String normalizeName(String name) {
    return name == null ? null : Normalizer.normalize(name.trim(), Normalizer.Form.NFC);
  }

  /** The unit's first version, as it is created. */
  public UnitView firstVersion() {
    return new UnitView(
        code, name, shortName, kind, level, parentCode, validFrom, null, UnitChange.CREATED, null);
  }
}
