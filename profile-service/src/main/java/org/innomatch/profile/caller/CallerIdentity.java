package org.innomatch.profile.caller;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CurrentCaller;

/**
 * Who is calling this service: the one place where the caller's identity is read, from the gateway's internal
 * token verified by the caller module (never from a plain request header).
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
