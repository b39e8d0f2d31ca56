package org.innomatch.matching.readmodel;

import java.util.UUID;

/**
 * A CDI event: the read model applied a {@code ProfileDeleted}, so what this service stores about the profile
 * (its messages) must go. Fired on every instance and again on a replay of the topic; observers erase idempotently.
 */
public record ProfileErased(UUID profileId) {
}
