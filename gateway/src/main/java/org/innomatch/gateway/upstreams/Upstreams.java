package org.innomatch.gateway.upstreams;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The services behind the gateway, by name. */
@ConfigMapping(prefix = "innomatch.gateway")
public interface Upstreams {

    URI profileServiceUrl();

    URI projectServiceUrl();

    URI matchingServiceUrl();

    URI notificationServiceUrl();

    /** How long a status probe of one upstream may take. */
    Duration statusTimeout();

    default Map<String, URI> byName() {
        Map<String, URI> all = new LinkedHashMap<>();
        all.put("profile-service", profileServiceUrl());
        all.put("project-service", projectServiceUrl());
        all.put("matching-service", matchingServiceUrl());
        all.put("notification-service", notificationServiceUrl());
        return all;
    }
}
