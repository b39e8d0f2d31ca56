package org.innomatch.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import io.agroal.api.AgroalDataSource;

/**
 * The SQL of the outbox, on the service's default datasource. Plain JDBC rather than an entity: the outbox must
 * not depend on how a service configures its persistence units, and the relay's locking queries are SQL anyway.
 * Inside a JTA transaction Agroal hands out the transaction's connection, so these statements commit or roll
 * back with the caller's Hibernate changes.
 */
@ApplicationScoped
class OutboxStore {

    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    /** Arbitrary but fixed: the key of the advisory lock that lets one instance relay at a time. */
    private static final long RELAY_LOCK_KEY = 0x696e6e6f6d617463L; // "innomatc"

    private final AgroalDataSource dataSource;

    OutboxStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(EventEnvelope<?> envelope) {
        String sql = "INSERT INTO outbox_event (id, topic, message_key, event_type, headers, payload) "
                + "VALUES (?, ?, ?, ?, ?::jsonb, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, envelope.id());
            insert.setString(2, envelope.type().topic());
            insert.setString(3, envelope.subject());
            insert.setString(4, envelope.type().type());
            insert.setString(5, toJson(envelope.headers()));
            insert.setBytes(6, envelope.value());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot store event " + envelope.id() + " (" + envelope.type().type()
                    + ") in the outbox", e);
        }
    }

    /**
     * Takes the transaction-scoped advisory lock that makes this instance the only relay for now. Rows are
     * locked with SKIP LOCKED too, but two relays taking alternate batches could still publish two changes of
     * one aggregate out of order; with the advisory lock the second relay skips its pass instead.
     */
    boolean tryLockRelay(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    List<PendingEvent> lockUnsent(Connection connection, int limit) throws SQLException {
        String sql = "SELECT id, seq, topic, message_key, headers::text, payload FROM outbox_event "
                + "WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<PendingEvent> events = new ArrayList<>();
                while (rs.next()) {
                    events.add(new PendingEvent(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                            rs.getString(4), fromJson(rs.getString(5)), rs.getBytes(6)));
                }
                return events;
            }
        }
    }

    void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        String sql = "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    void markFailed(Connection connection, UUID id, String error) throws SQLException {
        String sql = "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, error);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    OutboxStats stats() {
        String sql = "SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) "
                + "FROM outbox_event WHERE sent_at IS NULL";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return new OutboxStats(rs.getLong(1), Math.max(0, rs.getDouble(2)));
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the outbox backlog", e);
        }
    }

    /** Deletes up to {@code limit} rows sent more than {@code retentionSeconds} ago; returns how many. */
    int deleteSentBefore(long retentionSeconds, int limit) {
        String sql = "DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event "
                + "WHERE sent_at < now() - make_interval(secs => ?) LIMIT ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setDouble(1, retentionSeconds);
            delete.setInt(2, limit);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot delete sent outbox rows", e);
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    private static String toJson(Map<String, String> headers) {
        try {
            return EventJson.mapper().writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return EventJson.mapper().readValue(json, HEADER_MAP);
        } catch (JsonProcessingException e) {
            throw new OutboxException("Outbox row has malformed headers: " + json, e);
        }
    }
}
