package org.innomatch.matching.publishing;

import java.time.Duration;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The schedule of matches and notices: {@code innomatch.matching.republish-every} and {@code -grace}. */
@Dependent
public class RepublishSchedules {

    @Produces
    @Singleton
    RepublishSchedule matching(
            @ConfigProperty(name = "innomatch.matching.republish-every", defaultValue = "2s") String every,
            @ConfigProperty(name = "innomatch.matching.republish-grace", defaultValue = "PT5S") Duration grace) {
        return new RepublishSchedule(every, grace);
    }
}
