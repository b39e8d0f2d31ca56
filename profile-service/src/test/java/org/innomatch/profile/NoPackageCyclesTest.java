package org.innomatch.profile;

import org.innomatch.caller.testing.FeaturePackagesContract;

class NoPackageCyclesTest extends FeaturePackagesContract {
}
