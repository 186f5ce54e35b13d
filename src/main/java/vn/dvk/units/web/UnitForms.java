package vn.dvk.units.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dvk.shared.RequiredText;
import vn.dvk.shared.Text;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;

/**
 * The forms of the unit administration pages, which the API takes as its bodies too: each text no
 * longer than its column of {@code units_unit}.
 */
final class UnitForms {

  private UnitForms() {}

  record NewUnitForm(
      @RequiredText(max = 40) String code,
      @RequiredText(max = 255) String name,
      @Text(max = 120) String shortName,
      @NotNull(message = "{validation.required}") UnitKind kind,
      Level level,
      @Text(max = 40) String parentCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validFrom) {}

  record RenameForm(
      @RequiredText(max = 255) String name,
      @Text(max = 120) String shortName,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}

  record MoveForm(
      @RequiredText(max = 40) String parentCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}

  record MergeForm(
      @RequiredText(max = 40) String targetCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}
}
