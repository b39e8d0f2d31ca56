package org.innomatch.profile.profiles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Puts a valid request in the form it is stored in: text trimmed (blank optional text becomes null), codes
 * upper-case, language codes lower-case, lists without duplicates in first-seen order.
 */
final class ProfileNormalizer {

    private ProfileNormalizer() {
    }

    static ProfileRequest normalize(ProfileRequest r) {
        return new ProfileRequest(
                text(r.name()),
                code(r.kind()),
                text(r.organization()),
                code(r.country()),
                distinct(r.sectors(), ProfileNormalizer::code),
                text(r.offers()),
                text(r.needs()),
                distinct(r.keywords(), ProfileNormalizer::text),
                distinct(r.cooperationTypes(), ProfileNormalizer::code),
                distinct(r.languages(), ProfileNormalizer::language),
                contact(r.contact()),
                r.visibility() == null || r.visibility().isBlank() ? Visibility.DEFAULT.name() : code(r.visibility()));
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String code(String value) {
        String trimmed = text(value);
        return trimmed == null ? null : trimmed.toUpperCase(Locale.ROOT);
    }

    static String language(String value) {
        String trimmed = text(value);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static ContactDetails contact(ContactDetails c) {
        if (c == null) {
            return null;
        }
        ContactDetails trimmed = new ContactDetails(text(c.email()), text(c.phone()), text(c.website()));
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Keywords are compared case-insensitively; the first spelling wins. */
    private static List<String> distinct(List<String> values, UnaryOperator<String> normalize) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            String normalized = normalize.apply(value);
            if (normalized != null && seen.add(normalized.toLowerCase(Locale.ROOT))) {
                result.add(normalized);
            }
        }
        return List.copyOf(result);
    }
}
