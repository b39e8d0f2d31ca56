package org.innomatch.notification.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.innomatch.caller.testing.PinnableClock;

/**
 * The service's clock in the tests, pinned to the 31st at 23:59 or a daylight-saving night so that quiet hours,
 * the daily cap and digest times are checked on fixed days rather than on whatever day the build runs.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends PinnableClock {
}
