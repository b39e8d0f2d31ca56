package org.innomatch.problems.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A request body shaped like a project listing, with constraints at every level. */
public record ProjectForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 5) List<@Pattern(regexp = "[A-Z]+", message = "must be a sector code") String> sectors,
        @Min(1) @Max(9) Integer trl,
        @Valid Funding fundingSought,
        Stage stage,
        String summary,
        Instant deadline,
        List<LocalDate> milestones) {
}
