package org.innomatch.gateway.auth;

import java.util.Locale;

/** The kinds of caller; as named in tokens and in the {@code innomatch.role} routing-context entry: lower case. */
public enum Role {
    ADMIN, PARTNER, PARTICIPANT;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
