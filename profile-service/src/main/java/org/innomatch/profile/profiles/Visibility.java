package org.innomatch.profile.profiles;

import java.util.Arrays;
import java.util.List;

/**
 * Who may find a profile. The names are those of the {@code ProfileUpserted} event contract.
 *
 * <p>Until authentication exists (gateway issue) every caller counts as a participant: lists and searches show
 * {@link #PUBLIC} and {@link #PARTICIPANTS_ONLY} profiles and leave {@link #HIDDEN} ones out; a profile of any
 * visibility can be read by its id, which only the creator knows for a hidden profile.
 */
public enum Visibility {
    /** Listed for everyone, including anonymous visitors of a public event page once the gateway exposes one. */
    PUBLIC,
    /** Listed for registered participants, partners and admins. The default. */
    PARTICIPANTS_ONLY,
    /** Never listed or recommended; readable by id for the owner. */
    HIDDEN;

    public static final Visibility DEFAULT = PARTICIPANTS_ONLY;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
