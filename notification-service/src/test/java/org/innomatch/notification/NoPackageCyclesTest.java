package org.innomatch.notification;

import org.innomatch.caller.testing.FeaturePackagesContract;

class NoPackageCyclesTest extends FeaturePackagesContract {
}
