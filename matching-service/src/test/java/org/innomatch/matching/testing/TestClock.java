package org.innomatch.matching.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.innomatch.caller.testing.PinnableClock;

/** The service's clock in the tests: a test pins it past a deadline instead of waiting for the deadline. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends PinnableClock {
}
