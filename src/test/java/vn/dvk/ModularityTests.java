package vn.dvk;

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
  }
}
