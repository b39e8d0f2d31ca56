package org.innomatch.gateway.auth;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The authenticated caller of the current request, for the gateway's own endpoints. */
@ApplicationScoped
public class CurrentIdentity {

    private final CurrentVertxRequest request;

    public CurrentIdentity(CurrentVertxRequest request) {
        this.request = request;
    }

    public Identity get() {
        Identity identity = request.getCurrent().get(Identity.KEY);
        if (identity == null) {
            // Only the open paths pass authentication without an identity, and they do not ask for one.
            throw AuthenticationException.unauthorized("Authentication required");
        }
        return identity;
    }

    /** The caller, if it has {@code role}; a 403 naming {@code action} otherwise. */
    public Identity require(Role role, String action) {
        Identity identity = get();
        if (identity.role() != role) {
            throw AuthenticationException.forbidden("Only " + role.value() + "s may " + action + "; this is "
                    + identity.describe());
        }
        return identity;
    }
}
