package org.innomatch.profile.caller;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling this service: the one place where the caller's identity is read.
 *
 * <p>There is no authentication yet, so every caller is anonymous and {@link #partnerId()} is empty. When the
 * gateway forwards its signed JWT (the gateway issue), this bean reads the role and the partner id from it; the
 * profile's {@code ownerPartnerId} and the decision who may see contact details then follow from here without
 * changes elsewhere.
 */
@RequestScoped
public class CallerIdentity {

    /** The partner portal making the request, empty for now (no authentication). */
    public Optional<String> partnerId() {
        return Optional.empty();
    }
}
