package org.innomatch.profile.profiles;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to reach a participant; every part is optional. Private: see the contact rule on the profile endpoints. */
@Schema(name = "ContactDetails", description = "How to reach the participant. Returned by GET /profiles/{id} and the export, never in lists or search results.")
public record ContactDetails(
        @Schema(description = "E-mail address", example = "anna.kowalska@example.pl", maxLength = 254)
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "must be a well-formed e-mail address")
        @Size(max = 254) String email,

        @Schema(description = "Telephone number, international format preferred", example = "+48 22 123 45 67", maxLength = 40)
        @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a telephone number: digits, spaces and ( ) . / - with an optional leading +")
        @Size(max = 40) String phone,

        @Schema(description = "Web site, http or https", example = "https://example.pl", maxLength = 300)
        @Pattern(regexp = "^https?://[^\\s]+$", message = "must be an http or https URL")
        @Size(max = 300) String website) {

    boolean isEmpty() {
        return email == null && phone == null && website == null;
    }
}
