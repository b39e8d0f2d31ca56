package org.innomatch.matching.matches;

import java.time.Instant;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A mutual match. The id is the unordered pair key ({@link MatchPair#key()}), so the primary key makes a
 * second insert for the same pair fail: the match exists once, however many requests raced to create it.
 * {@code published} turns true once {@code MatchFound} was acknowledged by Kafka.
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
    public boolean published;
}
