package org.innomatch.notification.diagnostics;

import org.innomatch.caller.testing.PingWiringContract;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.notification.support.TestEvents;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = TestEvents.TOPICS))
@WithTestResource(MongoTestResource.class)
class PingWiringTest extends PingWiringContract {

    @Override
    protected String serviceName() {
        return "notification-service";
    }
}
