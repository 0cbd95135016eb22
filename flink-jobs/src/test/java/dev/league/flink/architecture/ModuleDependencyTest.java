package dev.league.flink.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph of DESIGN.md, checked on the compiled production classes of every module: a
 * forbidden import fails the build.
 */
final class ModuleDependencyTest {

    private static final String JAVA = "java..";
    private static final String LOGGING = "org.slf4j..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.league");
    }

    private static void check(String module, String... allowed) {
        String[] packages = new String[allowed.length + 3];
        packages[0] = "dev.league." + module + "..";
        packages[1] = JAVA;
        packages[2] = LOGGING;
        for (int i = 0; i < allowed.length; i++) {
            packages[i + 3] = allowed[i];
        }
        ArchRule rule = classes().that().resideInAPackage("dev.league." + module + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages)
                .because("DESIGN.md: what module '" + module + "' may depend on");
        rule.check(classes);
    }

    @Test
    void scenarios_dependOnJacksonOnly() {
        check("scenarios", "com.fasterxml.jackson..");
    }

    @Test
    void matchmaking_dependsOnNothing() {
        check("matchmaking");
    }

    @Test
    void agents_dependOnNd4jAndScenarios() {
        check("agents", "org.nd4j..", "dev.league.scenarios..");
    }

    @Test
    void coordinationGraphs_dependOnAgents() {
        check("coordination", "org.nd4j..", "dev.league.agents..", "dev.league.scenarios..");
    }

    @Test
    void league_dependsOnMatchmaking() {
        check("league", "dev.league.matchmaking..");
    }

    @Test
    void igniteConfig_dependsOnLeagueAndIgnite() {
        check("ignite", "dev.league.league..", "dev.league.matchmaking..", "org.apache.ignite..", "javax.cache..");
    }

    @Test
    void evaluation_dependsOnScenariosAgentsMatchmakingLeague() {
        check("evaluation", "dev.league.scenarios..", "dev.league.agents..", "dev.league.matchmaking..",
                "dev.league.league..", "com.fasterxml.jackson..", "org.jfree..");
    }

    @Test
    void flink_onlyInFlinkJobs() {
        noClasses().that().resideOutsideOfPackage("dev.league.flink..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.flink..")
                .check(classes);
    }

    @Test
    void ignite_onlyInIgniteConfigAndFlinkJobs() {
        noClasses().that().resideOutsideOfPackages("dev.league.ignite..", "dev.league.flink..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.ignite..")
                .check(classes);
    }

    @Test
    void nd4j_onlyInAgentsCoordinationGraphsAndFlinkJobs() {
        noClasses().that().resideOutsideOfPackages("dev.league.agents..", "dev.league.coordination..", "dev.league.flink..")
                .should().dependOnClassesThat().resideInAPackage("org.nd4j..")
                .check(classes);
    }

    @Test
    void modules_haveNoCycles() {
        slices().matching("dev.league.(*)..").should().beFreeOfCycles().check(classes);
    }
}
