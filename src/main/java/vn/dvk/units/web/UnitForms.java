package vn.dvk.units.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dvk.units.Level;
import vn.dvk.units.UnitKind;

/** The forms of the unit administration pages. */
final class UnitForms {

  private UnitForms() {}

  record NewUnitForm(
      @NotBlank(message = "{validation.required}")
          @Size(max = 40, message = "{validation.too-long}")
          String code,
      @NotBlank(message = "{validation.required}")
          @Size(max = 255, message = "{validation.too-long}")
          String name,
      @Size(max = 120, message = "{validation.too-long}") String shortName,
      @NotNull(message = "{validation.required}") UnitKind kind,
      Level level,
      String parentCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate validFrom) {}

  record RenameForm(
      @NotBlank(message = "{validation.required}")
          @Size(max = 255, message = "{validation.too-long}")
          String name,
      @Size(max = 120, message = "{validation.too-long}") String shortName,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}

  record MoveForm(
      @NotBlank(message = "{validation.required}") String parentCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}

  record MergeForm(
      @NotBlank(message = "{validation.required}") String targetCode,
      @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate effectiveOn) {}
}
