package org.innomatch.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a consumer parks a record it cannot handle, with the reason; returns only once the record is safely there. */
@FunctionalInterface
public interface DeadLetters {

    void park(ConsumerRecord<String, byte[]> record, Throwable cause);
}
