package org.innomatch.notification.projects;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** What notifications need to know about a project: its title, for recommendation texts. */
@MongoEntity(collection = "projects")
public class KnownProject extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String title;
    public String status;
    public long version;
}
