package org.innomatch.project.programme;

public enum FollowStatus {
    FOLLOWING,
    UNFOLLOWED
}
