package vn.dvk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DvkApplication.class);

  @Test
  void modulesOnlyDependOnEachOthersPublicApi() {
    modules.verify();
  }

  /**
   * Writes the module diagrams and canvases to target/spring-modulith-docs. The canvases read the
   * Javadoc through a strict JSON parser: write quotations in Javadoc with typographic quotes.
   */
  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();

    var docs = Path.of("target/spring-modulith-docs");
    assertThat(docs.resolve("components.puml")).exists();
    for (var module : List.of("units", "identity", "programs", "models", "audit", "demo")) {
      assertThat(docs.resolve("module-" + module + ".puml")).exists();
      assertThat(docs.resolve("module-" + module + ".adoc")).exists();
    }
  }
}
