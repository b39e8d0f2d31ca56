package org.innomatch.problems;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list; {@code nextCursor} is {@code null} on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's stable order") List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page", nullable = true)
        String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
