package org.innomatch.diagnostics.mongo;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.common.MongoEntity;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;

/** A ping heard on innomatch.ping; the ping id is the document id, so a redelivery cannot insert it twice. */
@MongoEntity(collection = "received_pings")
public class ReceivedPingDocument extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String origin;
    public String note;
    public Instant sentAt;
    public Instant receivedAt;
}
