package org.innomatch.gateway;

import org.innomatch.caller.testing.FeaturePackagesContract;

class NoPackageCyclesTest extends FeaturePackagesContract {
}
