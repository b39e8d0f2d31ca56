package org.innomatch.caller;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling this service, as the services' code asks it: read from the gateway's internal token that
 * {@link CallerFilter} verified (never from a plain request header, which anyone reaching a service could forge).
 */
@RequestScoped
public class CallerIdentity {

    private final CurrentCaller current;

    public CallerIdentity(CurrentCaller current) {
        this.current = current;
    }

    public Caller caller() {
        return current.get();
    }

    /** The partner portal making the request, empty unless the caller is a partner. */
    public Optional<String> partnerId() {
        return caller().partner();
    }
}
