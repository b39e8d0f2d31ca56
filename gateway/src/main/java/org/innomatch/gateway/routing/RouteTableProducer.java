package org.innomatch.gateway.routing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class RouteTableProducer {

    @Produces
    @Singleton
    RouteTable publicApi() {
        return RouteTable.publicApi();
    }
}
