package org.innomatch.gateway.openapi;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document the merged one is built from.
 *
 * @param source   {@value #GATEWAY} or an upstream's name
 * @param document the document as its owner serves it
 */
public record SourceDocument(String source, ObjectNode document) {

    public static final String GATEWAY = "gateway";
}
