package vn.dvk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The extension behind {@link BrowserTest}. Its condition runs before the test class's application
 * context is made, so a machine without Chromium reports the class as skipped at no cost, and a
 * browser is only ever started where it can run.
 */
public final class Chromium implements ExecutionCondition, ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Chromium.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (Browser.installed() || ExternalTool.required("browser")) {
      return ConditionEvaluationResult.enabled("Chromium is installed, or required");
    }
    return ConditionEvaluationResult.disabled(
        "browser not available, test skipped: " + Browser.whatIsNeeded());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Browser.class;
  }

  @Override
  public Browser resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getStore(NAMESPACE)
        .computeIfAbsent(Browser.class, type -> start(context), Browser.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    var browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
    if (browser != null) {
      browser.quit();
    }
  }

  private static Browser start(ExtensionContext context) {
    var port =
        SpringExtension.getApplicationContext(context)
            .getEnvironment()
            .getRequiredProperty("local.server.port", Integer.class);
    try {
      return Browser.start(port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
