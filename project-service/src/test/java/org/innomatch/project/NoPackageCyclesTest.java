package org.innomatch.project;

import org.innomatch.caller.testing.FeaturePackagesContract;

class NoPackageCyclesTest extends FeaturePackagesContract {
}
