package org.innomatch.e2e;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected answer of every public operation to every kind of caller, written down by hand (README,
 * "Authentication"): never derived from what the system answers, so that {@link AccessMatrixIT} can fail. An
 * operation of the merged document missing here fails the matrix: a new endpoint needs a policy.
 *
 * <p>The resources are those of the matrix's own world: participant P ("own"), another participant Q ("other's") and a
 * HIDDEN profile H, all three registered by the "own partner"; the "other partner" registered none of them.
 */
final class AccessPolicy {

    /** Who calls. */
    enum Caller { ANONYMOUS, PARTICIPANT, OWN_PARTNER, OTHER_PARTNER, ADMIN }

    /** Whose resource the call names, seen from participant P. */
    enum Ownership { OWN, OTHERS, HIDDEN, NONE }

    /** The class of answer a cell expects. */
    enum Expect {
        /** Let through: 2xx, or a 409/422 about the resource's state or the body (never a refusal of the caller). */
        OK,
        UNAUTHENTICATED,
        FORBIDDEN,
        /** The resource does not exist for this caller. */
        NOT_FOUND,
        /** Refused either way, 403 or 404 (a HIDDEN profile may be denied without admitting it exists). */
        REFUSED;

        boolean matches(int status) {
            return switch (this) {
                case OK -> status >= 200 && status < 300 || status == 409 || status == 422;
                case UNAUTHENTICATED -> status == 401;
                case FORBIDDEN -> status == 403;
                case NOT_FOUND -> status == 404;
                case REFUSED -> status == 403 || status == 404;
            };
        }
    }

    /** A rule of access, as a table of caller × ownership → expected answer. */
    enum Rule {
        /** Open to everyone, credentials or not. */
        PUBLIC(false) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return Expect.OK;
            }
        },
        /** Any authenticated caller: lists, taxonomy, events, published projects. */
        AUTHENTICATED(false) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return caller == Caller.ANONYMOUS ? Expect.UNAUTHENTICATED : Expect.OK;
            }
        },
        /** Any authenticated caller, for a resource named in the path (a published project, whoever owns it). */
        AUTHENTICATED_ANY_OWNER(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return AUTHENTICATED.expect(caller, ownership);
            }
        },
        ADMIN_ONLY(false) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case ADMIN -> Expect.OK;
                    default -> Expect.FORBIDDEN;
                };
            }
        },
        PARTNER_OR_ADMIN(false) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case PARTICIPANT -> Expect.FORBIDDEN;
                    default -> Expect.OK;
                };
            }
        },
        PARTICIPANT_ONLY(false) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case PARTICIPANT -> Expect.OK;
                    default -> Expect.FORBIDDEN;
                };
            }
        },
        /**
         * Acting for a profile (changing it, its projects, interests, meetings, inbox; reading what is private to it):
         * the participant itself, the partner that registered it, admins. A HIDDEN profile may be denied as missing.
         */
        MANAGE_PROFILE(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case ADMIN, OWN_PARTNER -> Expect.OK;
                    case PARTICIPANT -> ownership == Ownership.OWN ? Expect.OK
                            : ownership == Ownership.HIDDEN ? Expect.REFUSED : Expect.FORBIDDEN;
                    case OTHER_PARTNER -> ownership == Ownership.HIDDEN ? Expect.REFUSED : Expect.FORBIDDEN;
                };
            }
        },
        /**
         * At the venue's desk for a profile (checking it in): the partner that registered it and admins, never the
         * participant itself.
         */
        DESK(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case ADMIN, OWN_PARTNER -> Expect.OK;
                    case PARTICIPANT -> Expect.FORBIDDEN;
                    case OTHER_PARTNER -> ownership == Ownership.HIDDEN ? Expect.REFUSED : Expect.FORBIDDEN;
                };
            }
        },
        /** Reading a profile or its public traces (a registration): anyone authenticated, but HIDDEN does not exist. */
        READ_PROFILE(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case ADMIN, OWN_PARTNER -> Expect.OK;
                    case PARTICIPANT, OTHER_PARTNER -> ownership == Ownership.HIDDEN ? Expect.NOT_FOUND : Expect.OK;
                };
            }
        },
        /**
         * A message thread of a profile with the matrix's counterpart R (matched with P, Q and H): whoever may act for
         * the profile reads and writes it; to anyone else it does not exist (404, never 403), so that a thread's
         * existence does not leak.
         */
        THREAD(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case ADMIN, OWN_PARTNER -> Expect.OK;
                    case PARTICIPANT -> ownership == Ownership.OWN ? Expect.OK : Expect.NOT_FOUND;
                    case OTHER_PARTNER -> Expect.NOT_FOUND;
                };
            }
        },
        /**
         * A webhook: own = the own partner's, other's = the other partner's, hidden = an admin's (no owner). A partner
         * sees its own only (another's is a 404), a participant none (403), an admin all.
         */
        WEBHOOK(true) {
            @Override
            Expect expect(Caller caller, Ownership ownership) {
                return switch (caller) {
                    case ANONYMOUS -> Expect.UNAUTHENTICATED;
                    case PARTICIPANT -> Expect.FORBIDDEN;
                    case ADMIN -> Expect.OK;
                    case OWN_PARTNER -> ownership == Ownership.OWN ? Expect.OK : Expect.NOT_FOUND;
                    case OTHER_PARTNER -> ownership == Ownership.OTHERS ? Expect.OK : Expect.NOT_FOUND;
                };
            }
        };

        /** Whether the answer depends on whose resource the call names. */
        final boolean owned;

        Rule(boolean owned) {
            this.owned = owned;
        }

        abstract Expect expect(Caller caller, Ownership ownership);

        List<Ownership> ownerships() {
            return owned ? List.of(Ownership.OWN, Ownership.OTHERS, Ownership.HIDDEN) : List.of(Ownership.NONE);
        }
    }

    /** "METHOD /template" (below /api/v1) → its rule. */
    static final Map<String, Rule> RULES = rules();

    private AccessPolicy() {
    }

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new TreeMap<>();
        rules.put("GET /status", Rule.PUBLIC);
        rules.put("GET /openapi", Rule.PUBLIC);
        rules.put("GET /me/home", Rule.PARTICIPANT_ONLY);
        rules.put("POST /admin/api-keys", Rule.ADMIN_ONLY);
        rules.put("GET /admin/api-keys", Rule.ADMIN_ONLY);
        rules.put("DELETE /admin/api-keys/{id}", Rule.ADMIN_ONLY);
        rules.put("POST /dev/tokens", Rule.ADMIN_ONLY);

        rules.put("POST /profiles", Rule.PARTNER_OR_ADMIN);
        rules.put("GET /profiles", Rule.AUTHENTICATED);
        rules.put("GET /profiles/{id}", Rule.READ_PROFILE);
        rules.put("PUT /profiles/{id}", Rule.MANAGE_PROFILE);
        rules.put("PATCH /profiles/{id}", Rule.MANAGE_PROFILE);
        rules.put("DELETE /profiles/{id}", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/export", Rule.MANAGE_PROFILE);
        for (String list : List.of("/sectors", "/kinds", "/cooperation-types", "/countries", "/languages")) {
            rules.put("GET /taxonomy" + list, Rule.AUTHENTICATED);
        }

        // A project is the owner profile's: who may act for that profile may act for the project.
        rules.put("POST /projects", Rule.MANAGE_PROFILE);
        rules.put("GET /projects", Rule.AUTHENTICATED);
        rules.put("GET /projects/{id}", Rule.AUTHENTICATED_ANY_OWNER);
        rules.put("PUT /projects/{id}", Rule.MANAGE_PROFILE);
        rules.put("PATCH /projects/{id}", Rule.MANAGE_PROFILE);
        rules.put("DELETE /projects/{id}", Rule.MANAGE_PROFILE);
        rules.put("POST /projects/{id}/publish", Rule.MANAGE_PROFILE);
        rules.put("POST /projects/{id}/close", Rule.MANAGE_PROFILE);
        rules.put("GET /projects/{id}/recommendations/participants", Rule.MANAGE_PROFILE);

        rules.put("POST /events", Rule.ADMIN_ONLY);
        rules.put("GET /events", Rule.AUTHENTICATED);
        rules.put("GET /events/{id}", Rule.AUTHENTICATED);
        rules.put("PUT /events/{id}", Rule.ADMIN_ONLY);
        rules.put("PATCH /events/{id}", Rule.ADMIN_ONLY);
        rules.put("POST /events/{eventId}/registrations", Rule.MANAGE_PROFILE);
        rules.put("GET /events/{eventId}/registrations", Rule.AUTHENTICATED);
        rules.put("GET /events/{eventId}/registrations/{profileId}", Rule.READ_PROFILE);
        rules.put("DELETE /events/{eventId}/registrations/{profileId}", Rule.MANAGE_PROFILE);
        rules.put("POST /events/{eventId}/registrations/{profileId}/check-in", Rule.DESK);
        rules.put("DELETE /events/{eventId}/registrations/{profileId}/check-in", Rule.ADMIN_ONLY);

        // The programme: admins plan it, everyone authenticated reads it (the matrix's event is OPEN); a profile
        // follows sessions as it registers, through whoever may act for it.
        rules.put("POST /events/{eventId}/sessions", Rule.ADMIN_ONLY);
        rules.put("GET /events/{eventId}/sessions", Rule.AUTHENTICATED);
        rules.put("GET /events/{eventId}/sessions/{sessionId}", Rule.AUTHENTICATED);
        rules.put("PATCH /events/{eventId}/sessions/{sessionId}", Rule.ADMIN_ONLY);
        rules.put("DELETE /events/{eventId}/sessions/{sessionId}", Rule.ADMIN_ONLY);
        rules.put("PUT /events/{eventId}/sessions/{sessionId}/followers/{profileId}", Rule.MANAGE_PROFILE);
        rules.put("DELETE /events/{eventId}/sessions/{sessionId}/followers/{profileId}", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{profileId}/followed-sessions", Rule.MANAGE_PROFILE);

        rules.put("GET /profiles/{id}/recommendations/partners", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/recommendations/projects", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/recommendations/sessions", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/matches", Rule.MANAGE_PROFILE);
        rules.put("POST /profiles/{id}/interests", Rule.MANAGE_PROFILE);
        // Messages: the list is the profile's own (403 like its matches); a thread is 404 to anyone else.
        rules.put("GET /profiles/{id}/threads", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/threads/{otherId}/messages", Rule.THREAD);
        rules.put("POST /profiles/{id}/threads/{otherId}/messages", Rule.THREAD);
        rules.put("POST /profiles/{id}/threads/{otherId}/read", Rule.THREAD);

        // Meetings: the profile is the requester (request) or the invitee of the meeting named (everything else).
        rules.put("POST /events/{id}/meetings", Rule.MANAGE_PROFILE);
        rules.put("GET /events/{id}/meetings", Rule.MANAGE_PROFILE);
        rules.put("GET /events/{id}/meetings/{mid}", Rule.MANAGE_PROFILE);
        for (String action : List.of("accept", "decline", "propose", "cancel", "outcome", "no-show")) {
            rules.put("POST /events/{id}/meetings/{mid}/" + action, Rule.MANAGE_PROFILE);
        }
        rules.put("POST /events/{id}/meetings/{mid}/lock", Rule.ADMIN_ONLY);
        rules.put("POST /events/{id}/meetings/{mid}/unlock", Rule.ADMIN_ONLY);
        rules.put("GET /events/{id}/stats", Rule.ADMIN_ONLY);
        rules.put("POST /events/{id}/schedule", Rule.ADMIN_ONLY);
        rules.put("GET /events/{id}/schedule", Rule.ADMIN_ONLY);
        rules.put("GET /events/{id}/agenda", Rule.MANAGE_PROFILE);
        rules.put("PUT /events/{id}/availability/{profileId}", Rule.MANAGE_PROFILE);
        rules.put("GET /events/{id}/availability/{profileId}", Rule.MANAGE_PROFILE);

        rules.put("GET /profiles/{id}/notifications", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/notifications/unread-count", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/notifications/stream", Rule.MANAGE_PROFILE);
        rules.put("POST /profiles/{id}/notifications/read-all", Rule.MANAGE_PROFILE);
        rules.put("POST /notifications/{id}/read", Rule.MANAGE_PROFILE);
        rules.put("GET /profiles/{id}/notification-preferences", Rule.MANAGE_PROFILE);
        rules.put("PUT /profiles/{id}/notification-preferences", Rule.MANAGE_PROFILE);

        rules.put("POST /webhooks", Rule.PARTNER_OR_ADMIN);
        rules.put("GET /webhooks", Rule.PARTNER_OR_ADMIN);
        rules.put("GET /webhooks/{id}", Rule.WEBHOOK);
        rules.put("DELETE /webhooks/{id}", Rule.WEBHOOK);
        rules.put("GET /webhooks/{id}/deliveries", Rule.WEBHOOK);
        rules.put("GET /webhooks/event-types", Rule.PARTNER_OR_ADMIN);
        rules.put("POST /webhooks/{id}/test", Rule.WEBHOOK);
        rules.put("POST /webhooks/{id}/secret", Rule.WEBHOOK);
        rules.put("POST /webhooks/{id}/deliveries/{notificationId}/retry", Rule.WEBHOOK);
        return Map.copyOf(rules);
    }
}
