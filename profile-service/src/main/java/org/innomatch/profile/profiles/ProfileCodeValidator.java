package org.innomatch.profile.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.problems.FieldError;
import org.innomatch.profile.taxonomy.CodeList;
import org.innomatch.profile.taxonomy.Taxonomy;

/**
 * Checks the codes of a request against the taxonomy and reports every unknown one at once, each with its JSON
 * path and the allowed codes. Codes are compared after the normalisation they will be stored with, so
 * {@code "pl"} is a valid country and {@code "EN"} a valid language.
 */
@ApplicationScoped
public class ProfileCodeValidator {

    private final Taxonomy taxonomy;

    public ProfileCodeValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<FieldError> check(ProfileRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkOne("kind", request.kind(), ProfileNormalizer::code, taxonomy.kinds(), errors);
        checkOne("country", request.country(), ProfileNormalizer::code, taxonomy.countries(), errors);
        checkEach("sectors", request.sectors(), ProfileNormalizer::code, taxonomy.sectors(), errors);
        checkEach("cooperationTypes", request.cooperationTypes(), ProfileNormalizer::code,
                taxonomy.cooperationTypes(), errors);
        checkEach("languages", request.languages(), ProfileNormalizer::language, taxonomy.languages(), errors);
        String visibility = ProfileNormalizer.code(request.visibility());
        if (visibility != null && !Visibility.codes().contains(visibility)) {
            errors.add(FieldError.unknownCode("visibility", request.visibility(), Visibility.codes()));
        }
        return errors;
    }

    static void checkOne(String field, String value, UnaryOperator<String> normalize, CodeList allowed,
                         List<FieldError> errors) {
        String normalized = normalize.apply(value);
        if (normalized != null && !allowed.contains(normalized)) {
            errors.add(FieldError.unknownCode(field, value, allowed.codes()));
        }
    }

    private static void checkEach(String field, List<String> values, UnaryOperator<String> normalize,
                                  CodeList allowed, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            checkOne(field + "[" + i + "]", values.get(i), normalize, allowed, errors);
        }
    }
}
