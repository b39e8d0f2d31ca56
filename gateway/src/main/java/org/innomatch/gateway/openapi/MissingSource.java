package org.innomatch.gateway.openapi;

/** A source whose document could not be fetched, and why. */
public record MissingSource(String source, String reason) {
}
