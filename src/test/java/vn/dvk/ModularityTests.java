package vn.dvk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import vn.dvk.units.NewUnit;
import vn.dvk.units.Units;

class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(DvkApplication.class);

  @Test
  void modulesOnlyDependOnEachOthersPublicApi() {
    modules.verify();
  }

  /**
   * The bulk loaders write generated data sets past every per-record rule, for a database nobody
   * else writes to meanwhile: each module offers its loader as its named interface {@code
   * bulk-loading}, and only the demo data uses them.
   */
  @Test
  void onlyTheDemoDataUsesTheBulkLoaders() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dvk");
    var loaders = new ArrayList<String>();
    for (var module : modules) {
      module.getNamedInterfaces().getByName("bulk-loading").stream()
          .flatMap(NamedInterface::asJavaClasses)
          .filter(type -> type.isAnnotatedWith(org.springframework.modulith.NamedInterface.class))
          .forEach(
              loader -> {
                loaders.add(loader.getSimpleName());
                noClasses()
                    .that()
                    .resideOutsideOfPackages(
                        "vn.dvk.demo..", module.getBasePackage().getName() + "..")
                    .should()
                    .dependOnClassesThat()
                    .belongToAnyOf(loader.reflect())
                    .check(classes);
              });
    }
    assertThat(loaders)
        .containsExactlyInAnyOrder(
            "ModelBulkLoader",
            "RecognitionBulkLoader",
            "ReplicationBulkLoader",
            "PublicationBulkLoader");
  }

  /** A root unit with nobody signed in: only the first start's bootstrap makes one. */
  @Test
  void onlyTheBootstrapCreatesARootUnitWithNobodySignedIn() {
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.dvk");
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("vn.dvk.identity.FirstAdministrator")
        .should()
        .callMethod(Units.class, "createRootForBootstrap", NewUnit.class, String.class)
        .check(classes);
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
