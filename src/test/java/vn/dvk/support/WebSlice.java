package vn.dvk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.dvk.identity.Scope;
import vn.dvk.identity.security.SliceSecurity;
import vn.dvk.notifications.Inbox;
import vn.dvk.shared.RequestRules;
import vn.dvk.shared.web.ApiInput;
import vn.dvk.shared.web.FieldLabels;
import vn.dvk.shared.web.ProblemDetails;
import vn.dvk.units.UnitReach;
import vn.dvk.units.Units;

/**
 * An MVC slice test of the given controllers: no database and no other module, only the web layer
 * as the application configures it — its security filter chain, the global error handling of {@code
 * shared/web} (problem details for the API, the localized error page for pages), the locale rules
 * and the messages, the error summary's field labels, Bean Validation, Thymeleaf. What every page
 * asks of other modules (the signed-in user's {@link Scope}, unit and reach, the {@link Inbox}'s
 * unread count) is mocked; the test mocks its controllers' own services with {@code @MockitoBean}
 * and may stub the shared mocks by autowiring them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@ActiveProfiles("test")
@Import({
  SliceSecurity.class,
  ProblemDetails.class,
  ApiInput.class,
  RequestRules.class,
  FieldLabels.class
})
@MockitoBean(types = {Scope.class, Units.class, UnitReach.class, Inbox.class})
public @interface WebSlice {

  /** The controllers under test (and the web components they need, such as a command helper). */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};
}
