package org.innomatch.caller;

import jakarta.enterprise.context.RequestScoped;

/** The verified caller of the current HTTP request, set by {@link CallerFilter} before any resource runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    /** The caller; fails if asked outside a request the filter let through (a bug, not a client error). */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("No verified caller on this request: it did not pass CallerFilter "
                    + "(an open path, or not an HTTP request)");
        }
        return caller;
    }
}
