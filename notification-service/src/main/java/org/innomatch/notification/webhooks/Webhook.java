package org.innomatch.notification.webhooks;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** A partner portal's subscription: notifications of the given types are POSTed, signed, to the URL. */
@MongoEntity(collection = "webhooks")
public class Webhook extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String url;
    /** Notification types; empty means all. */
    public List<String> eventTypes;
    /** {@code whsec_} + base64 key, the Standard Webhooks form. */
    public String secret;
    /** The secret before the last rotation: deliveries are signed with it too until {@link #previousSecretUntil}. */
    public String previousSecret;
    public Instant previousSecretUntil;
    /**
     * The partner that registered it: it receives the notifications of recipients whose profile that partner
     * created. Null (no authentication yet, or an admin) receives every recipient's notifications.
     */
    public String ownerPartnerId;
    public Instant createdAt;
}
