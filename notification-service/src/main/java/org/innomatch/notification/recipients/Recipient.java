package org.innomatch.notification.recipients;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** What notifications need to know about a profile: read from the compacted topic innomatch.profiles. */
@MongoEntity(collection = "recipients")
public class Recipient extends PanacheMongoEntityBase {

    /** The profile id. */
    @BsonId
    public String id;
    public String name;
    /** ISO 639-1 codes, in the profile's order of preference. */
    public List<String> languages;
    public long version;
    public Instant updatedAt;
}
