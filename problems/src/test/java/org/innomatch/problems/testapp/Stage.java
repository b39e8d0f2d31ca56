package org.innomatch.problems.testapp;

public enum Stage {
    DRAFT, PUBLISHED, CLOSED
}
