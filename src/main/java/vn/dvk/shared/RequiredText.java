package vn.dvk.shared;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text a request must give, no longer than its column: {@code @RequiredText(max = 200)}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@NotBlank(message = "{validation.required}")
@Size(message = "{validation.too-long}")
public @interface RequiredText {

  @OverridesAttribute(constraint = Size.class, name = "max")
  int max();

  String message() default "{validation.required}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
