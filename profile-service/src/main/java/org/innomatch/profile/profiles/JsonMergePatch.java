package org.innomatch.profile.profiles;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON Merge Patch (RFC 7396): members of the patch replace those of the target, null removes one. */
final class JsonMergePatch {

    private JsonMergePatch() {
    }

    /** The patched document; neither argument is changed. */
    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch == null ? null : patch.deepCopy();
        }
        ObjectNode objectPatch = (ObjectNode) patch;
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : objectPatch.objectNode();
        for (Map.Entry<String, JsonNode> member : objectPatch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }
}
