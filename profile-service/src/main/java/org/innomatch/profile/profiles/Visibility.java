package org.innomatch.profile.profiles;

import java.util.Arrays;
import java.util.List;

/**
 * Who may find a profile. The names are those of the {@code ProfileUpserted} event contract.
 *
 * <p>Lists and searches show {@link #PUBLIC} and {@link #PARTICIPANTS_ONLY} profiles and leave {@link #HIDDEN} ones
 * out; a {@link #HIDDEN} profile is readable by id only by itself, the partner that registered it and admins (for
 * anyone else it does not exist: 404).
 */
public enum Visibility {
    /** Listed for everyone, including anonymous visitors of a public event page once the gateway exposes one. */
    PUBLIC,
    /** Listed for registered participants, partners and admins. The default. */
    PARTICIPANTS_ONLY,
    /** Never listed or recommended; readable by id for the profile itself, its partner and admins. */
    HIDDEN;

    public static final Visibility DEFAULT = PARTICIPANTS_ONLY;

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
