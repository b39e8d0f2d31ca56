package org.innomatch.matching.meetings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innomatch.problems.FieldError;

/** Which room and link go with which meeting mode; plain rules, unit-tested. */
final class MeetingModes {

    private MeetingModes() {
    }

    /** Why {@code room} and {@code link} do not fit {@code mode}, one error per field; empty if they do. */
    static List<FieldError> refusals(MeetingMode mode, String room, String link) {
        List<FieldError> errors = new ArrayList<>();
        if (room != null && mode != MeetingMode.ROOM) {
            errors.add(FieldError.of("room", "only a ROOM meeting has a room; mode is " + mode, room));
        }
        if (mode == MeetingMode.ONLINE && link == null) {
            errors.add(FieldError.of("link", "is required for an ONLINE meeting"));
        } else if (link != null && mode == MeetingMode.TABLE) {
            errors.add(FieldError.of("link", "only an ONLINE or ROOM meeting has a link; mode is TABLE", link));
        } else if (link != null && !isHttpsUrl(link)) {
            errors.add(FieldError.of("link", "must be an absolute https URL with a host", link));
        }
        return errors;
    }

    static boolean isHttpsUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) && uri.getHost() != null
                    && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
