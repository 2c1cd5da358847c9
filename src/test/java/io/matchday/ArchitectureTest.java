package io.matchday;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: cli → web (the console and its compiled templates) → api → simulation → jobs →
 * monitoring → registry → evaluation → models → features → data. The console reads the match database only through
 * the api's services, never {@code data} or JDBC directly. Library code never writes to the standard streams.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.matchday", "gg.jte.generated");

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("cli").definedBy("io.matchday.cli..")
                .layer("web").definedBy("io.matchday.web..", "gg.jte.generated..")
                .layer("api").definedBy("io.matchday.api..")
                .layer("simulation").definedBy("io.matchday.simulation..")
                .layer("jobs").definedBy("io.matchday.jobs..")
                .layer("monitoring").definedBy("io.matchday.monitoring..")
                .layer("registry").definedBy("io.matchday.registry..")
                .layer("evaluation").definedBy("io.matchday.evaluation..")
                .layer("models").definedBy("io.matchday.models..")
                .layer("features").definedBy("io.matchday.features..")
                .layer("data").definedBy("io.matchday.data..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("api").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("simulation").mayOnlyBeAccessedByLayers("cli", "web", "api")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli", "web", "api", "simulation")
                .whereLayer("monitoring").mayOnlyBeAccessedByLayers("cli", "web", "api", "jobs", "simulation")
                .whereLayer("registry").mayOnlyBeAccessedByLayers("cli", "web", "api", "jobs", "simulation", "monitoring")
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("cli", "web", "api", "jobs", "simulation", "monitoring", "registry")
                .whereLayer("models").mayOnlyBeAccessedByLayers("cli", "web", "api", "jobs", "simulation", "monitoring", "registry",
                        "evaluation")
                .whereLayer("features").mayOnlyBeAccessedByLayers("cli", "web", "api", "jobs", "simulation", "monitoring", "registry",
                        "evaluation", "models")
                .whereLayer("data").mayOnlyBeAccessedByLayers("cli", "api", "jobs", "simulation", "monitoring", "registry",
                        "evaluation", "models", "features")
                .check(MAIN);
    }

    @Test
    void theConsoleNeverTouchesTheDatabase() {
        noClasses().that().resideInAnyPackage("io.matchday.web..", "gg.jte.generated..").should().dependOnClassesThat()
                .resideInAnyPackage("javax.sql..", "java.sql..", "org.springframework.jdbc..").check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.matchday.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theRootPackageDependsOnNoCapability() {
        noClasses().that().resideInAPackage("io.matchday").should().dependOnClassesThat()
                .resideInAPackage("io.matchday.*..").check(MAIN);
    }

    @Test
    void libraryCodeDoesNotWriteToStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/io/matchday/cli/"))
                .importPackages("io.matchday"));
    }
}
