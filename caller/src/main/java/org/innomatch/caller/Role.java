package org.innomatch.caller;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of caller (architecture.md, "Identity and access"), as named in tokens: lower case. */
public enum Role {
    ADMIN, PARTNER, PARTICIPANT;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
