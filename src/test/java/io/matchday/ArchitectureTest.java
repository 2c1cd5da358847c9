package io.matchday;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way:
 * cli → web (the console and its page templates) → http → app → work, serving → reports (and the report templates)
 * → simulation → jobs → monitoring, ledger → registry → evaluation → models → features → data. The HTTP edge is the
 * only place that knows HTTP; the console reads through serving and work, never registry, monitoring or jobs services
 * (their value records it may show) and never the database. Every public type is used outside its package. Library
 * code never writes to the standard streams.
 */
class ArchitectureTest {

    private static final String REPORT_TEMPLATES = "gg.jte.generated.precompiled.reports..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.matchday", "gg.jte.generated");

    @Test
    void layersDependInwardOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("cli").definedBy("io.matchday.cli..")
                .layer("web").definedBy(resideInAnyPackage("io.matchday.web..", "gg.jte.generated..")
                        .and(not(resideInAnyPackage(REPORT_TEMPLATES))).as("the console"))
                .layer("http").definedBy("io.matchday.http..")
                .layer("app").definedBy("io.matchday.app..")
                .layer("work").definedBy("io.matchday.work..")
                .layer("serving").definedBy("io.matchday.serving..")
                .layer("reports").definedBy("io.matchday.reports..", REPORT_TEMPLATES)
                .layer("simulation").definedBy("io.matchday.simulation..")
                .layer("jobs").definedBy("io.matchday.jobs..")
                .layer("monitoring").definedBy("io.matchday.monitoring..")
                .layer("ledger").definedBy("io.matchday.ledger..")
                .layer("registry").definedBy("io.matchday.registry..")
                .layer("evaluation").definedBy("io.matchday.evaluation..")
                .layer("models").definedBy("io.matchday.models..")
                .layer("features").definedBy("io.matchday.features..")
                .layer("data").definedBy("io.matchday.data..")
                .layer("tabular").definedBy("io.matchday.tabular..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("http").mayOnlyBeAccessedByLayers("cli", "web")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "http")
                .whereLayer("work").mayOnlyBeAccessedByLayers("cli", "web", "http", "app")
                .whereLayer("serving").mayOnlyBeAccessedByLayers("cli", "web", "http", "app")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving")
                .whereLayer("simulation").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports")
                .whereLayer("jobs").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports", "simulation")
                .whereLayer("monitoring").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs")
                .whereLayer("ledger").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs")
                .whereLayer("registry").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs", "monitoring", "ledger")
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs", "monitoring", "ledger", "registry")
                .whereLayer("models").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs", "monitoring", "ledger", "registry", "evaluation")
                .whereLayer("features").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs", "monitoring", "ledger", "registry", "evaluation", "models")
                .whereLayer("data").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports", "simulation",
                        "jobs", "monitoring", "ledger", "registry", "evaluation", "models", "features")
                .whereLayer("tabular").mayOnlyBeAccessedByLayers("cli", "web", "http", "app", "work", "serving", "reports",
                        "simulation", "jobs", "monitoring", "ledger", "registry", "evaluation", "models", "features", "data")
                .check(MAIN);
    }

    @Test
    void onlyTheEdgesKnowHttp() {
        noClasses().that().resideInAnyPackage("io.matchday.ledger..", "io.matchday.work..", "io.matchday.serving..",
                        "io.matchday.app..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.http..", "org.springframework.stereotype..", "org.springframework.context..",
                        "org.springframework.boot..", "org.springframework.beans..")
                .because("ledger, work and serving are plain services: the HTTP edge maps their refusals to problems")
                .check(MAIN);
    }

    @Test
    void theConsoleReadsThroughServingAndWork() {
        noClasses().that().resideInAnyPackage("io.matchday.web..", "gg.jte.generated..").and()
                .resideOutsideOfPackage(REPORT_TEMPLATES)
                .should().dependOnClassesThat(resideInAnyPackage("io.matchday.registry..", "io.matchday.monitoring..",
                        "io.matchday.jobs..", "io.matchday.ledger..", "io.matchday.data..").and(not(VALUES)))
                .orShould().dependOnClassesThat().resideInAnyPackage("io.matchday.app..", "java.sql..", "javax.sql..",
                        "org.springframework.jdbc..")
                .because("pages read what the API reads, through serving's read models and work, never a store")
                .check(MAIN);
    }

    /** What the console may hold of the lower layers: their value records and enums (and a record's nested types). */
    private static final DescribedPredicate<JavaClass> VALUES = DescribedPredicate.describe("value records",
            c -> c.isRecord() || c.isEnum() || c.getEnclosingClass().map(e -> e.isRecord()).orElse(false));

    /**
     * A public type is used from another package — itself or a type nested in it — or is part of the public face of
     * one that is (a value in the signature of its public members), or is the program's entry point.
     */
    @Test
    void everyPublicTypeIsUsedOutsideItsPackage() {
        classes().that().resideInAPackage("io.matchday..").and().haveModifier(JavaModifier.PUBLIC).and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("be used outside their package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean entryPoint = type.getMethods().stream().anyMatch(m -> m.getName().equals("main") && m.getModifiers()
                                .contains(JavaModifier.STATIC));
                        // Errors are the whole system's vocabulary: any entry point may catch them.
                        boolean error = type.isAssignableTo(MatchdayException.class);
                        boolean used = usedOutside(type) || type.getPackage().getClasses().stream()
                                .filter(c -> c != type && c.getModifiers().contains(JavaModifier.PUBLIC) && usedOutside(c))
                                .anyMatch(c -> publicSignatureMentions(c, type));
                        if (!used && !entryPoint && !error) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is public but used only in its package"));
                        }
                    }
                })
                .check(MAIN);
    }

    /** Whether another package depends on {@code type} or on a type nested in it. */
    private static boolean usedOutside(JavaClass type) {
        return Stream.concat(Stream.of(type), MAIN.stream().filter(c -> c.getEnclosingClass().filter(type::equals).isPresent()))
                .flatMap(t -> t.getDirectDependenciesToSelf().stream()).map(d -> outermost(d.getOriginClass()))
                .anyMatch(c -> !c.getPackageName().equals(type.getPackageName()));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    private static boolean publicSignatureMentions(JavaClass owner, JavaClass type) {
        return owner.getMembers().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .anyMatch(m -> (m instanceof JavaCodeUnit u && (u.getReturnType().getAllInvolvedRawTypes().contains(type)
                        || u.getParameterTypes().stream().anyMatch(p -> p.getAllInvolvedRawTypes().contains(type))))
                        || (m instanceof JavaField f && f.getType().getAllInvolvedRawTypes().contains(type)));
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
