package org.innomatch.profile.profiles;

import org.innomatch.problems.EntityTags;

/**
 * A profile as one caller may read it: with its contact details or without them. Each representation has its own
 * entity tag: a participant whose cached copy lacks the contact details must not be told "not modified" once a
 * mutual match has opened them.
 */
public record VisibleProfile(ProfileView view, boolean withContact) {

    String etag() {
        return withContact ? EntityTags.of(view.version()) : EntityTags.of(view.version() + "-without-contact");
    }
}
