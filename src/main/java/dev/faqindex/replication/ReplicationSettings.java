package dev.faqindex.replication;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.ReplicationRole;
import dev.faqindex.config.Setting;

/**
 * The replication settings a role needs, checked before a server starts: a primary needs {@code replication.token},
 * a replica also {@code replication.primary}. A mistake is an {@link IllegalArgumentException} naming the setting.
 */
public final class ReplicationSettings {

    private ReplicationSettings() {
    }

    /** What a replica is started with. */
    record Replica(String primary, ReplicationToken token) {
    }

    /** @throws IllegalArgumentException when the role lacks a setting it needs */
    public static void check(FaqIndexConfig replication) {
        ReplicationRole role = replication.role();
        if (role == ReplicationRole.STANDALONE) {
            return;
        }
        if (replication.text(Setting.REPLICATION_TOKEN).isEmpty()) {
            throw new IllegalArgumentException("replication.role " + role.label() + " needs replication.token "
                    + "(environment " + Setting.REPLICATION_TOKEN.environmentVariable() + "), the secret the primary "
                    + "and its replicas share (16 characters at least)");
        }
        if (role == ReplicationRole.REPLICA && replication.text(Setting.REPLICATION_PRIMARY).isEmpty()) {
            throw new IllegalArgumentException("replication.role replica needs replication.primary (--primary URL, "
                    + "environment " + Setting.REPLICATION_PRIMARY.environmentVariable() + "), the primary's address");
        }
    }

    /** The token, for a primary (empty when none is set: its replication endpoints refuse every request). */
    public static java.util.Optional<ReplicationToken> token(FaqIndexConfig replication) {
        return ReplicationToken.of(replication.text(Setting.REPLICATION_TOKEN));
    }

    static Replica replica(FaqIndexConfig replication) {
        check(replication);
        return new Replica(replication.text(Setting.REPLICATION_PRIMARY).orElseThrow(),
                token(replication).orElseThrow());
    }
}
