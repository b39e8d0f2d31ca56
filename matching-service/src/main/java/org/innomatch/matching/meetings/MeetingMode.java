package org.innomatch.matching.meetings;

/** Where a meeting takes place: at one of the event's tables, in a room, or online (with a link). */
public enum MeetingMode {
    TABLE, ROOM, ONLINE;

    /** Only a table meeting takes one of the event's tables; rooms and calls are outside the table grid. */
    public boolean needsTable() {
        return this == TABLE;
    }

    /** A stored meeting without a mode predates modes: it is at a table. */
    static MeetingMode of(String stored) {
        return stored == null ? TABLE : valueOf(stored);
    }
}
