package org.interfacebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  static final ApplicationModules modules = ApplicationModules.of(InterfaceBotApplication.class);

  @Test
  void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
    modules.verify();
  }

  @Test
  void onlyTheTeamsModuleKnowsTheBotFramework() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.interfacebot.teams..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.microsoft.bot..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.interfacebot"));
  }
}
