package org.innomatch.matching;

import org.innomatch.caller.testing.FeaturePackagesContract;

class NoPackageCyclesTest extends FeaturePackagesContract {
}
