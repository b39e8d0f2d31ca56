package org.innomatch.profile.profiles;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The JSON path ({@code contact.email}, {@code sectors[1]}) of the value a Jackson mapping error is about. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
