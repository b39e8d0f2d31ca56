package org.innomatch.matching.matches;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A mutual match. The id is the unordered pair key ({@link MatchPair#key()}), so the primary key makes a
 * second insert for the same pair fail: the match exists once, however many requests raced to create it.
 * A match ends when a side withdraws its interest ({@code endedAt} set) and begins again, one generation on, when
 * both are interested once more. {@code published} turns true once the event of the latest change
 * ({@code MatchFound}, or {@code MatchEnded} once ended) was acknowledged by Kafka.
 */
@MongoEntity(collection = "matches")
public class MutualMatch extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String matchId;
    public String firstType;
    public String firstId;
    public String firstProfileId;
    public String secondType;
    public String secondId;
    public String secondProfileId;
    public double score;
    public Instant foundAt;
    /** When a side withdrew its interest; null while the match holds. */
    public Instant endedAt;
    /** 1 for the first time the pair matched, one more each time it matched again; 0 in documents from before. */
    public int generation;
    public boolean published;

    /** The generation, documents written before generations counted as the first. */
    int effectiveGeneration() {
        return Math.max(1, generation);
    }
}
