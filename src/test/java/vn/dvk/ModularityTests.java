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

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(modules)
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
