package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Paths the HTTP test does not reach: elements of lists of objects, map values, whole-object constraints. */
class ViolationFieldErrorsTest {

    record Milestone(@NotBlank String name) {
    }

    record Plan(@Valid List<Milestone> milestones, Map<String, @NotBlank String> labels,
            @Size(max = 1) List<List<@NotBlank String>> matrix) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void namesListElementsMapValuesAndNestedLists() {
        Plan plan = new Plan(List.of(new Milestone("kick-off"), new Milestone(" "), new Milestone("")),
                Map.of("en", "Pilot", "zh", ""), List.of(List.of("a"), List.of("b", " ")));

        List<FieldError> errors = ViolationFieldErrors.of(validator.validate(plan), null);

        assertEquals(List.of("labels[zh]", "matrix", "matrix[1][1]", "milestones[1].name", "milestones[2].name"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(" ", errors.get(3).rejectedValue());
        assertNull(errors.get(1).rejectedValue(), "a list is not echoed");
    }
}
