package org.innomatch.notification.preferences;

import java.util.List;

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

    public static final List<String> ALL = List.of(MATCH_FOUND, RECOMMENDATION, PROJECT_PUBLISHED, MEETING_REQUESTED,
            MEETING_PROPOSED, MEETING_ACCEPTED, MEETING_DECLINED, MEETING_CANCELLED, MEETING_EXPIRED, MEETING_SCHEDULED);

    private NotificationTypes() {
    }
}
