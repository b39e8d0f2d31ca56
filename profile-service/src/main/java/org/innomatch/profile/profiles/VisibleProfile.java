package org.innomatch.profile.profiles;

/** A profile as one caller may read it: with its contact details or without them. */
public record VisibleProfile(ProfileView view, boolean withContact) {

    String etag() {
        return EntityTags.of(view.version(), withContact);
    }
}
