package org.datarequest.tracker;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way (docs/architecture.md): kernel and web helpers, accounts, reference data, requests,
 * communications, litigation, cells and their history, then the pages, then the API. A new cycle or an upward import fails the build.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.datarequest.tracker");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.datarequest.tracker.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void layersOnlyUseLowerLayers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("kernel").definedBy("org.datarequest.tracker")
                .layer("web").definedBy("org.datarequest.tracker.web..")
                .layer("account").definedBy("org.datarequest.tracker.account..")
                .layer("jurisdiction").definedBy("org.datarequest.tracker.jurisdiction..")
                .layer("request").definedBy("org.datarequest.tracker.request..")
                .optionalLayer("communication").definedBy("org.datarequest.tracker.communication..")
                .optionalLayer("litigation").definedBy("org.datarequest.tracker.litigation..")
                .layer("cell").definedBy("org.datarequest.tracker.cell..")
                .layer("caching").definedBy("org.datarequest.tracker.caching..")
                .layer("pages").definedBy("org.datarequest.tracker.tracking..", "org.datarequest.tracker.history..",
                        "org.datarequest.tracker.report..", "org.datarequest.tracker.admin..",
                        "org.datarequest.tracker.example..", "org.datarequest.tracker.webhook..",
                        "org.datarequest.tracker.embed..")
                .layer("api").definedBy("org.datarequest.tracker.api..", "org.datarequest.tracker.ops..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("pages").mayOnlyBeAccessedByLayers("api")
                .whereLayer("caching").mayOnlyBeAccessedByLayers("pages", "api")
                .whereLayer("cell").mayOnlyBeAccessedByLayers("caching", "pages", "api")
                .whereLayer("litigation").mayOnlyBeAccessedByLayers("cell", "caching", "pages", "api")
                .whereLayer("communication").mayOnlyBeAccessedByLayers("litigation", "cell", "caching", "pages", "api")
                .whereLayer("request").mayOnlyBeAccessedByLayers("communication", "litigation", "cell", "caching", "pages", "api")
                .whereLayer("jurisdiction").mayOnlyBeAccessedByLayers("request", "communication", "litigation", "cell", "caching", "pages", "api")
                .whereLayer("account").mayOnlyBeAccessedByLayers("request", "communication", "litigation", "cell", "caching", "pages", "api")
                .whereLayer("web").mayOnlyBeAccessedByLayers("account", "jurisdiction", "request", "communication", "litigation", "cell", "caching", "pages", "api")
                .check(classes);
    }
}
