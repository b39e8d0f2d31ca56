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
    /** ISO 3166-1 alpha-2: the default zone of quiet hours. */
    public String country;
    /** Top-level sector codes ({@code HEALTH.MEDTECH} is kept as {@code HEALTH}): "a new project in my sectors". */
    public List<String> sectors;
    /** From the profile's private contact; only used to e-mail the profile itself. */
    public String email;
    /** The partner portal that created the profile: its webhooks get this recipient's notifications. */
    public String ownerPartnerId;
    public long version;
    public Instant updatedAt;
}
