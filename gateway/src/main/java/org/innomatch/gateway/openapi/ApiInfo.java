package org.innomatch.gateway.openapi;

/** The {@code info} block of the merged document. */
public record ApiInfo(String title, String version, String description) {
}
