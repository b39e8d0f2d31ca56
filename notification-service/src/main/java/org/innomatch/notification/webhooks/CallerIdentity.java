package org.innomatch.notification.webhooks;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling this service: the one place where the caller's identity is read.
 *
 * <p>There is no authentication yet, so every caller is anonymous and {@link #partnerId()} is empty. When the
 * gateway forwards its signed JWT, this bean reads the partner id from it; webhooks then become owned by and
 * visible to their partner only, without changes elsewhere.
 */
@RequestScoped
public class CallerIdentity {

    /** The partner portal making the request, empty for now (no authentication). */
    public Optional<String> partnerId() {
        return Optional.empty();
    }
}
