package org.innomatch.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.innomatch.events.EventEnvelope;

/**
 * Where services publish events: {@link #publish} stores the event in the caller's transaction, so the event
 * exists if and only if the business change committed; {@link OutboxRelay} then sends it to Kafka.
 *
 * <pre>{@code
 * @Transactional
 * public Profile update(...) {
 *     profile.apply(changes);                       // the business change first (see publish)
 *     outbox.publish(EventEnvelope.of(EventType.PROFILE_UPSERTED, "/profile-service", profile.toEvent()));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_UP_REGISTERED = Outbox.class.getName() + ".wakeUp";

    private final OutboxStore store;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final Instance<EntityManager> entityManager;

    Outbox(OutboxStore store, OutboxRelay relay, TransactionSynchronizationRegistry transactions,
            Instance<EntityManager> entityManager) {
        this.store = store;
        this.relay = relay;
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    /**
     * Stores {@code envelope} for publication to its type's topic, keyed by its subject, when the caller's
     * transaction commits. Requires an active transaction.
     *
     * <p>Pending Hibernate changes are flushed first. That takes the row locks of the changed aggregate before
     * the outbox row gets its {@code seq}, so two transactions changing the same aggregate get their outbox rows
     * in commit order and the topic ends with the newest state. Call it after making the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventEnvelope<?> envelope) {
        if (entityManager.isResolvable()) {
            entityManager.get().flush();
        }
        store.insert(envelope);
        wakeRelayAfterCommit();
    }

    /**
     * Runs one relay pass now, waiting for a pass in progress; for tests that want the events on Kafka before
     * they go on. Call it outside a transaction.
     *
     * @return the rows sent
     */
    public int flushNow() {
        return relay.flushNow();
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
