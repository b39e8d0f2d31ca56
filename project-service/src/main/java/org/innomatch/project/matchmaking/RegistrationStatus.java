package org.innomatch.project.matchmaking;

public enum RegistrationStatus {
    REGISTERED,
    CANCELLED
}
