package vn.dvk.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A year of the movement, as a request names it: 2000 to 2999 (never -1, never 20244). */
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Min(MovementYear.FIRST)
@Max(MovementYear.LAST)
@ReportAsSingleViolation
public @interface MovementYear {

  int FIRST = 2000;
  int LAST = 2999;

  String message() default "{validation.year}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
