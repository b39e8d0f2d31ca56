package org.innomatch.matching.recommendations;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.ScoredCandidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.interests.InterestStore;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.readmodel.CandidateAppeared;
import org.jboss.logging.Logger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;


/**
 * Tells the participants a new profile or a newly published project suits best: when one appears live in the
 * read model, the profiles for whom it scores at least {@code threshold} (the reciprocal score they would see
 * in their own list) are ranked and the best {@code max-recipients} get a {@code RecommendationAvailable},
 * at most {@code daily-cap} per recipient and UTC day.
 *
 * <p>Exactly-once per (recipient, target) rests on MongoDB primary keys, not on memory: the notice
 * ({@link RecommendationNotice}) is inserted first, so a second decision for the same pair (a redelivery, another
 * instance, a restart) stops at the duplicate key; the daily quota is one counter document per recipient and
 * day, incremented only while below the cap (an upsert that finds it full fails on its own key).
 * Replays never get here: only records produced after start are announced (see {@code ReadModelConsumer}).
 * Work runs on one background thread so the read model never waits for MongoDB or Kafka.
 */
@ApplicationScoped
public class RecommendationAnnouncer {

    private static final Logger LOG = Logger.getLogger(RecommendationAnnouncer.class);
    static final String QUOTA_COLLECTION = "recommendation_quota";
    private static final int REASONS_IN_EVENT = 3;

    private final CandidateIndex index;
    private final InterestStore interests;
    private final RecommendationService recommendations;
    private final EventPublisher publisher;
    private final NoticeEvents events;
    private final boolean enabled;
    private final double threshold;
    private final int maxRecipients;
    private final int dailyCap;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recommendation-announcer");
        t.setDaemon(true);
        return t;
    });

    private final Clock clock;

    public RecommendationAnnouncer(CandidateIndex index, InterestStore interests, RecommendationService recommendations,
                                   EventPublisher publisher, NoticeEvents events,
                                   @ConfigProperty(name = "innomatch.matching.announce.enabled", defaultValue = "true") boolean enabled,
                                   @ConfigProperty(name = "innomatch.matching.announce.threshold", defaultValue = "0.5") double threshold,
                                   @ConfigProperty(name = "innomatch.matching.announce.max-recipients", defaultValue = "5") int maxRecipients,
                                   @ConfigProperty(name = "innomatch.matching.announce.daily-cap", defaultValue = "3") int dailyCap,
                                   Clock clock) {
        this.index = index;
        this.interests = interests;
        this.recommendations = recommendations;
        this.publisher = publisher;
        this.events = events;
        this.enabled = enabled;
        this.threshold = threshold;
        this.maxRecipients = maxRecipients;
        this.dailyCap = dailyCap;
        this.clock = clock;
    }

    void onAppeared(@Observes CandidateAppeared event) {
        if (enabled) {
            worker.submit(() -> {
                try {
                    announce(event.candidate());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not announce %s", event.candidate().key());
                }
            });
        }
    }

    /** A chosen recipient and the target as the recipient would see it (its score and reasons). */
    public record Recipient(Candidate profile, ScoredPair seen) {
    }

    /** Announces the target to its recipients; returns how many notices were published now. */
    public int announce(Candidate target) {
        int published = 0;
        for (Recipient recipient : recipientsOf(target)) {
            if (offer(recipient.profile(), target, recipient.seen())) {
                published++;
            }
        }
        return published;
    }

    /** Profiles for whom the target scores at least the threshold, best first, at most {@code maxRecipients}. */
    public List<Recipient> recipientsOf(Candidate target) {
        Set<String> excluded = new HashSet<>(Set.of(target.key()));
        if (target.ownerProfileId() != null) {
            excluded.add(Candidate.keyOf(TargetType.PROFILE, target.ownerProfileId()));
        }
        index.refresh();
        List<Recipient> chosen = new ArrayList<>();
        for (ScoredCandidate hit : recommendations.candidates(target, TargetType.PROFILE, RecommendationFilters.NONE, excluded,
                null, null)) {
            Candidate recipient = hit.candidate();
            // Scored from the recipient's side: the score and reasons it would see in its own list.
            ScoredPair pair = recommendations.scorer().session(recipient).rank(target);
            if (pair.score() >= threshold) {
                chosen.add(new Recipient(recipient, pair));
            }
        }
        chosen.sort(Comparator.comparingDouble((Recipient r) -> r.seen().score()).reversed()
                .thenComparing(r -> r.profile().id()));
        List<Recipient> result = new ArrayList<>();
        for (Recipient r : chosen) {
            if (result.size() == maxRecipients) {
                break;
            }
            if (!interests.notInterested(r.profile().id(), target.type()).contains(target.id())) {
                result.add(new Recipient(r.profile(), recommendations.scorer().session(r.profile()).score(target)));
            }
        }
        return result;
    }

    private boolean offer(Candidate recipient, Candidate target, ScoredPair scored) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RecommendationNotice notice = new RecommendationNotice();
        notice.id = RecommendationNotice.idOf(recipient.id().toString(), target.type().name(), target.id().toString());
        notice.recipientProfileId = recipient.id().toString();
        notice.targetType = target.type().name();
        notice.targetId = target.id().toString();
        notice.score = scored.score();
        notice.reasons = scored.reasons().stream().limit(REASONS_IN_EVENT).map(RecommendationNotice.NoticeReason::new).toList();
        notice.day = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        notice.createdAt = now;
        if (RecommendationNotice.findByIdOptional(notice.id).isPresent()) {
            return false;
        }
        // Quota before the notice: a crash in between costs the recipient one notice, it never exceeds the cap.
        notice.status = takeQuota(notice.recipientProfileId, notice.day) ? RecommendationNotice.QUEUED : RecommendationNotice.RATE_LIMITED;
        if (!insertOnce(notice)) {
            if (RecommendationNotice.QUEUED.equals(notice.status)) {
                giveBackQuota(notice.recipientProfileId, notice.day);
            }
            return false;
        }
        return RecommendationNotice.QUEUED.equals(notice.status)
                && publisher.publishAndFlag(events, List.of(notice)) > 0;
    }

    private boolean insertOnce(RecommendationNotice notice) {
        try {
            notice.persist();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Takes one of the recipient's notices for the day; false when the cap is reached. */
    boolean takeQuota(String recipient, String day) {
        try {
            quota().updateOne(Filters.and(Filters.eq("_id", recipient + "|" + day), Filters.lt("count", dailyCap)),
                    Updates.inc("count", 1), new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private void giveBackQuota(String recipient, String day) {
        quota().updateOne(Filters.eq("_id", recipient + "|" + day), Updates.inc("count", -1));
    }

    private MongoCollection<Document> quota() {
        return RecommendationNotice.mongoDatabase().getCollection(QUOTA_COLLECTION);
    }

    /** Waits until everything submitted so far was handled (tests). */
    public void drain() {
        try {
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("announcer did not drain", e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
