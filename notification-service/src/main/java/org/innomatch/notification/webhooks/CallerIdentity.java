package org.innomatch.notification.webhooks;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.innomatch.caller.Caller;
import org.innomatch.caller.CurrentCaller;
import org.innomatch.caller.Role;

/**
 * Who manages webhooks: a partner owns and sees only its own; an admin sees all (and registers unowned ones,
 * which get every partner's notifications); participants may not manage webhooks at all (403).
 */
@RequestScoped
public class CallerIdentity {

    private final CurrentCaller current;

    public CallerIdentity(CurrentCaller current) {
        this.current = current;
    }

    /** The partner whose webhooks the caller manages; empty for an admin (all); a 403 problem for others. */
    public Optional<String> partnerId() {
        Caller caller = current.get();
        caller.requireRole("manage webhooks", Role.ADMIN, Role.PARTNER);
        return caller.partner();
    }
}
