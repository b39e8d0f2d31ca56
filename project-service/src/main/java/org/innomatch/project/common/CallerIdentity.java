package org.innomatch.project.common;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CurrentCaller;

/**
 * Who is calling: read from the gateway's internal token, verified by the caller module. Never from a plain
 * request header: anyone reaching the service directly could claim any partner.
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

    /** The partner portal calling; it becomes the {@code ownerPartnerId} of what it creates. */
    public Optional<String> partnerId() {
        return caller().partner();
    }
}
