package org.innomatch.localstack;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A roadshow project of the demo dataset: the fields of {@code POST /api/v1/projects}, with the owner given by
 * its dataset key instead of an id.
 *
 * @param key   stable dataset key
 * @param owner dataset key of the owning profile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DemoProject(String key, String owner, String title, String summary, String country,
                          List<String> sectors, Integer trl, List<String> cooperationTypes, List<String> keywords,
                          Money fundingSought) {

    /** An amount in an ISO 4217 currency. */
    public record Money(BigDecimal amount, String currency) {
    }

    /** The body of {@code POST /api/v1/projects}, owned by the profile with id {@code ownerProfileId}. */
    ObjectNode requestBody(ObjectMapper json, String ownerProfileId) {
        ObjectNode body = json.valueToTree(this);
        body.remove("key");
        body.remove("owner");
        body.put("ownerProfileId", ownerProfileId);
        return body;
    }
}
