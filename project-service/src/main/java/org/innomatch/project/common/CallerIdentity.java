package org.innomatch.project.common;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling. The one place this service learns the caller's partner portal, which becomes the
 * {@code ownerPartnerId} of what it creates.
 *
 * <p>There is no authentication yet, so there is no partner and {@code ownerPartnerId} stays {@code null}.
 * When the gateway issue lands, the gateway forwards a signed JWT (see architecture.md, "Identity and
 * access"); this bean will then read the partner scope from the verified token. Never read it from a plain
 * request header: anyone reaching the service directly could claim any partner.
 */
@RequestScoped
public class CallerIdentity {

    public Optional<String> partnerId() {
        return Optional.empty();
    }
}
