package dev.faqindex.replication;

import dev.faqindex.analytics.AnalyticsOutbox;
import dev.faqindex.analytics.SearchAnalytics;
import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.index.LiveIndex;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * What ties a replica to its primary while it runs: the {@link ReplicaFollower} copying revisions, and the
 * {@link AnalyticsShipper} sending the replica's analytics (when analytics are on).
 */
public final class ReplicaLink implements Closeable {

    private final ReplicaFollower follower;
    private final Optional<AnalyticsShipper> shipper;

    private ReplicaLink(ReplicaFollower follower, Optional<AnalyticsShipper> shipper) {
        this.follower = follower;
        this.shipper = shipper;
    }

    /**
     * Starts following the primary that the {@code replication} settings name, into {@code index} (opened with
     * {@link LiveIndex#openReplica}), shipping what {@code analytics} records.
     */
    public static ReplicaLink start(FaqIndexConfig replication, LiveIndex index, SearchAnalytics analytics)
            throws IOException {
        ReplicationSettings.Replica settings = ReplicationSettings.replica(replication);
        Optional<AnalyticsShipper> shipper = Optional.empty();
        if (analytics.folder().isPresent()) {
            shipper = Optional.of(AnalyticsShipper.start(AnalyticsOutbox.open(analytics.folder().get()),
                    settings.primary(), settings.token()));
        }
        return new ReplicaLink(ReplicaFollower.start(index, settings.primary(), settings.token()), shipper);
    }

    /** The follower, for what it reports. */
    public ReplicaFollower follower() {
        return follower;
    }

    @Override
    public void close() {
        follower.close();
        shipper.ifPresent(AnalyticsShipper::close);
    }
}
