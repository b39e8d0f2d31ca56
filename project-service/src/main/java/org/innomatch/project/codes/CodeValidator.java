package org.innomatch.project.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.problems.FieldError;

/** Checks codes against {@link ReferenceCodes}; every error names its JSON path and lists the allowed codes. */
@ApplicationScoped
public class CodeValidator {

    private final ReferenceCodes codes;

    public CodeValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    public Optional<FieldError> country(String field, String value) {
        if (value == null || codes.isCountry(value)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "must be an ISO 3166-1 alpha-2 country code (upper case)",
                value, codes.countries()));
    }

    public Optional<FieldError> currency(String field, String value) {
        if (value == null || codes.isCurrency(value)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "must be an ISO 4217 currency code (upper case)", value,
                codes.currencies()));
    }

    public Optional<FieldError> sector(String field, String value) {
        if (value == null || codes.isSector(value)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field,
                "must be a sector code or a sub-code PARENT.CHILD of one", value, codes.sectors()));
    }

    public Optional<FieldError> cooperationType(String field, String value) {
        if (value == null || codes.isCooperationType(value)) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(field, "must be a cooperation type code", value, codes.cooperationTypes()));
    }

    public List<FieldError> sectors(String field, List<String> values) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            sector(field + "[" + i + "]", values.get(i)).ifPresent(errors::add);
        }
        return errors;
    }

    public List<FieldError> cooperationTypes(String field, List<String> values) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            cooperationType(field + "[" + i + "]", values.get(i)).ifPresent(errors::add);
        }
        return errors;
    }

    /** A code of a Java enum, e.g. a status; the allowed list is the enum's constants. */
    public <E extends Enum<E>> Optional<FieldError> enumCode(String field, String value, Class<E> type) {
        if (value == null) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.empty();
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        return Optional.of(new FieldError(field, "must be one of " + allowed, value, allowed));
    }
}
