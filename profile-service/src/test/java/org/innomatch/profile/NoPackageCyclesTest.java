package org.innomatch.profile;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Package by feature only works if the features form layers: no package may depend on itself through others. */
class NoPackageCyclesTest {

    @Test
    void featurePackagesAreFreeOfCycles() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.innomatch.profile");
        assertTrue(main.size() > 10, "found only " + main.size() + " classes of org.innomatch.profile");
        slices().matching("org.innomatch.profile.(*)..").should().beFreeOfCycles().check(main);
    }
}
