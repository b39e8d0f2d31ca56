package org.innomatch.project.projects;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money sought by a project. */
@Schema(name = "Money")
public record Funding(
        @Schema(description = "Amount, greater than 0, at most 2 decimals", example = "2500000.00", required = true)
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 2)
        BigDecimal amount,

        @Schema(description = "ISO 4217 currency code, upper case", example = "USD", required = true)
        @NotBlank
        String currency) {
}
