package org.innomatch.matching.index;

/** What a candidate, an interest target or a match party is. */
public enum TargetType {
    PROFILE,
    PROJECT
}
