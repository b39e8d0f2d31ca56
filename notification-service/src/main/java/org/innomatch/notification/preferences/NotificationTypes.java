package org.innomatch.notification.preferences;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The notification types the service creates: what preferences mute and webhooks subscribe to. */
public final class NotificationTypes {

    public static final String MATCH_FOUND = "MATCH_FOUND";
    public static final String RECOMMENDATION = "RECOMMENDATION";
    public static final String PROJECT_PUBLISHED = "PROJECT_PUBLISHED";
    public static final String MEETING_REQUESTED = "MEETING_REQUESTED";
    public static final String MEETING_PROPOSED = "MEETING_PROPOSED";
    public static final String MEETING_ACCEPTED = "MEETING_ACCEPTED";
    public static final String MEETING_DECLINED = "MEETING_DECLINED";
    public static final String MEETING_CANCELLED = "MEETING_CANCELLED";
    public static final String MEETING_EXPIRED = "MEETING_EXPIRED";
    public static final String MEETING_SCHEDULED = "MEETING_SCHEDULED";
    public static final String MEETING_NO_SHOW = "MEETING_NO_SHOW";
    public static final String SESSION_CHANGED = "SESSION_CHANGED";
    public static final String MESSAGE_RECEIVED = "MESSAGE_RECEIVED";

    public static final List<String> ALL = List.of(MATCH_FOUND, RECOMMENDATION, PROJECT_PUBLISHED, MEETING_REQUESTED,
            MEETING_PROPOSED, MEETING_ACCEPTED, MEETING_DECLINED, MEETING_CANCELLED, MEETING_EXPIRED, MEETING_SCHEDULED,
            MEETING_NO_SHOW, SESSION_CHANGED, MESSAGE_RECEIVED);

    /** What each type tells its recipient, in {@link #ALL}'s order, for the webhook event-type list. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    private NotificationTypes() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(MATCH_FOUND, "Both sides declared interest: a mutual match; contact details are now shared");
        d.put(RECOMMENDATION, "A new partner or project fits the recipient well (at most one a day per recipient)");
        d.put(PROJECT_PUBLISHED, "A project in one of the recipient's sectors was published");
        d.put(MEETING_REQUESTED, "Someone asks the recipient for a one-to-one meeting");
        d.put(MEETING_PROPOSED, "The other side proposed another time for a meeting");
        d.put(MEETING_ACCEPTED, "A meeting request of the recipient was accepted");
        d.put(MEETING_DECLINED, "A meeting request of the recipient was declined");
        d.put(MEETING_CANCELLED, "A meeting was cancelled by the other side or the organiser");
        d.put(MEETING_EXPIRED, "A meeting request got no answer in time");
        d.put(MEETING_SCHEDULED, "The organiser's scheduler gave a meeting its slot and table");
        d.put(MEETING_NO_SHOW, "The recipient was marked absent from a scheduled meeting (a no-show); its table went "
                + "to another meeting");
        d.put(SESSION_CHANGED, "A programme session the recipient follows or speaks at moved (time or room), was "
                + "cancelled, removed or put back on the programme");
        d.put(MESSAGE_RECEIVED, "The other side of a mutual match or an agreed meeting sent the recipient a message "
                + "(the notification quotes its start)");
        if (!d.keySet().equals(Set.copyOf(ALL))) {
            throw new IllegalStateException("every notification type needs a description");
        }
        return Collections.unmodifiableMap(d);
    }
}
