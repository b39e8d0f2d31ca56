package org.innomatch.notification.recipients;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.innomatch.caller.CurrentCaller;

/**
 * Who may see and change a profile's notifications and preferences: the profile itself, the partner that created
 * it (as the recipients read model knows from ProfileUpserted) and admins; anyone else gets a 403 problem.
 */
@RequestScoped
public class RecipientAccess {

    /** OpenAPI: who {@link #require} refuses. */
    public static final String REFUSED = "A participant, for another participant's profile; "
            + "a partner, for a profile it did not create";

    private final CurrentCaller caller;
    private final Recipients recipients;

    public RecipientAccess(CurrentCaller caller, Recipients recipients) {
        this.caller = caller;
        this.recipients = recipients;
    }

    public void require(String action, UUID profileId) {
        var current = caller.get();
        // Only a partner's right depends on the read model; admins and participants need no lookup.
        String ownerPartnerId = current.partner().isPresent()
                ? recipients.find(profileId).map(r -> r.ownerPartnerId).orElse(null)
                : null;
        current.requireManage(action, "the notifications of profile " + profileId, profileId.toString(),
                ownerPartnerId);
    }
}
