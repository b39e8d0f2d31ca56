package org.innomatch.localstack;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A participant profile of the demo dataset: the fields of {@code POST /api/v1/profiles} plus two that stay in
 * the dataset.
 *
 * @param key        stable dataset key, e.g. {@code il-science-counsellor}
 * @param represents for delegations that are not a country (the EU), what they represent; {@code country} then
 *                   holds the ISO country of the seat. Not sent to the API.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoProfile(String key, String represents, String name, String kind, String organization,
                          String country, List<String> sectors, String offers, String needs, List<String> keywords,
                          List<String> cooperationTypes, List<String> languages, Contact contact, String visibility) {

    /** How to reach the participant (all invented; example domains only). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Contact(String email, String phone, String website) {
    }

    /** The body of {@code POST /api/v1/profiles}. */
    ObjectNode requestBody(ObjectMapper json) {
        ObjectNode body = json.valueToTree(this);
        body.remove("key");
        body.remove("represents");
        return body;
    }

    /** What the profile stands for: {@code represents} if set, else its country. */
    public String representedCountryOrUnion() {
        return represents != null ? represents : country;
    }
}
