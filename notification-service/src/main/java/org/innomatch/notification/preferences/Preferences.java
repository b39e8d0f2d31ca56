package org.innomatch.notification.preferences;

import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** A profile's notification preferences; a profile without a document gets {@link PreferencesView#defaults}. */
@MongoEntity(collection = "preferences")
public class Preferences extends PanacheMongoEntityBase {

    /** The profile id. */
    @BsonId
    public String id;
    /** Notification types the profile does not want at all. */
    public List<String> mutedTypes;
    public boolean inbox;
    public boolean email;
    public boolean webhook;
    /** {@code INSTANT} or {@code DAILY_DIGEST}. */
    public String emailMode;
    /** {@code HH:mm} local: when the digest goes out; null in documents written before it existed (the default). */
    public String digestTime;
    /** {@code HH:mm}, both null when there are no quiet hours. */
    public String quietStart;
    public String quietEnd;
    /** IANA zone of the quiet hours, the digest time and the daily cap's day. */
    public String timeZone;
    public int dailyCap;
}
