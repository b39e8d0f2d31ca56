package org.innomatch.infra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, committing its MVStore before a command that changed it is answered: a write the client saw
 * acknowledged survives a kill -9 of the process. H2 alone commits about once a second, so a kill lost the last
 * second of acknowledged writes while other stores already held their consequences.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String file) {
        super(file);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document reply = super.handleCommand(channel, database, command, query);
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
        return reply;
    }
}
