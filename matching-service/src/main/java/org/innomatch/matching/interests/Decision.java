package org.innomatch.matching.interests;

/** A participant's answer to a recommendation or listing. */
public enum Decision {
    INTERESTED,
    NOT_INTERESTED
}
