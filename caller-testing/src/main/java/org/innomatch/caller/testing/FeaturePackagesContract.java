package org.innomatch.caller.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Package by feature only works if the features form layers: no feature package of a service may depend on itself
 * through others. A service's {@code NoPackageCyclesTest}, in its root package, extends this; the feature packages
 * are the root's direct subpackages (with everything below them), main code only.
 */
public abstract class FeaturePackagesContract {

    @Test
    void featurePackagesAreFreeOfCycles() {
        String root = getClass().getPackageName();
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(root);
        assertTrue(main.size() > 10, "found only " + main.size() + " classes of " + root);
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(main);
    }
}
