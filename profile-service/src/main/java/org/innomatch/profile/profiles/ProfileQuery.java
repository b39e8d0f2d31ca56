package org.innomatch.profile.profiles;

import java.util.List;

/**
 * Validated, normalised search criteria. Within one filter the values are alternatives (any of them), the
 * filters together must all hold.
 *
 * @param text   free text, or null for a plain list
 * @param cursor where the page starts, or null for the first page
 */
record ProfileQuery(List<String> sectors, List<String> countries, List<String> kinds,
                    List<String> cooperationTypes, List<String> languages, String text,
                    SearchCursor cursor, int limit) {
}
