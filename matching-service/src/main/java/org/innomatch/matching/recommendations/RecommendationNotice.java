package org.innomatch.matching.recommendations;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One {@code RecommendationAvailable} decision for a recipient and a target. The id
 * {@code recipientId|targetType|targetId} is the primary key, so a target is announced to a recipient at most
 * once, however often (replays, redeliveries, several instances) the decision is taken again.
 */
@MongoEntity(collection = "recommendation_notices")
public class RecommendationNotice extends PanacheMongoEntityBase {

    public static final String QUEUED = "QUEUED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String RATE_LIMITED = "RATE_LIMITED";

    @BsonId
    public String id;
    public String recipientProfileId;
    public String targetType;
    public String targetId;
    public double score;
    public List<NoticeReason> reasons;
    /** UTC day whose quota it counts against, {@code yyyy-MM-dd}. */
    public String day;
    public Instant createdAt;
    /** {@link #QUEUED} (quota taken, not yet acknowledged by Kafka), {@link #PUBLISHED} or {@link #RATE_LIMITED}. */
    public String status;

    public static String idOf(String recipientProfileId, String targetType, String targetId) {
        return recipientProfileId + "|" + targetType + "|" + targetId;
    }

    public static class NoticeReason {
        public String factor;
        public double contribution;
        public String detail;

        public NoticeReason() {
        }

        NoticeReason(Reason reason) {
            this.factor = reason.factor();
            this.contribution = reason.contribution();
            this.detail = reason.detail();
        }
    }
}
