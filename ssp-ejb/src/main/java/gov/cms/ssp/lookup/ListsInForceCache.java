package gov.cms.ssp.lookup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lists in force as the public lookup reads them, per NPI, in memory: at most {@value #MAX_NPIS}
 * NPIs (about 200 bytes each), least recently used first out. Never stale: every change to a list
 * in force, a signed certification, an ACO or a certification window ({@link ListsInForceListener})
 * moves the generation on when its transaction ends, and an entry is served only in the generation
 * it was read in — so an answer read from the database just before a change commits is never
 * served after it. One JVM's cache: a cluster would need Infinispan's invalidation cache instead.
 */
@ApplicationScoped
public class ListsInForceCache {
    static final int MAX_NPIS = 250_000;
    private static final Object REGISTERED = ListsInForceCache.class;

    /** What the lists in force say about one NPI (empty when no list has it), and the PYs its ACOs signed. */
    public record NpiListings(List<ListedParticipation> listings, Map<String, Set<Integer>> signedPysByAco) {
        static final NpiListings NONE = new NpiListings(List.of(), Map.of());
    }

    private record Stamped<T>(long generation, T value) {
    }

    private final AtomicLong generation = new AtomicLong();
    /** Tells this JVM's generations from those of an earlier start in {@link #version}. */
    private final long started = System.currentTimeMillis();
    private final Cache<String, Stamped<NpiListings>> byNpi = Caffeine.newBuilder().maximumSize(MAX_NPIS).build();
    private volatile Stamped<Map<Integer, LocalDate>> windows;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** Read before the database is, and given back with what was read. */
    public long generation() {
        return generation.get();
    }

    /**
     * What a public answer's HTTP entity tag is made of: it changes whenever an answer may (a list
     * changed, the server restarted, or a new day, on which a certification window may open).
     */
    public String version(LocalDate today) {
        return Long.toString(started, 36) + "-" + generation.get() + "-" + today;
    }

    public NpiListings get(String npi) {
        return current(byNpi.getIfPresent(npi));
    }

    public void put(String npi, long readIn, NpiListings listings) {
        if (readIn == generation.get()) {
            byNpi.put(npi, new Stamped<>(readIn, listings));
        }
    }

    /** Each PY's certification window and the day it opens. */
    public Map<Integer, LocalDate> windows() {
        return current(windows);
    }

    public void putWindows(long readIn, Map<Integer, LocalDate> opensOn) {
        if (readIn == generation.get()) {
            windows = new Stamped<>(readIn, opensOn);
        }
    }

    private <T> T current(Stamped<T> s) {
        return s != null && s.generation() == generation.get() ? s.value() : null;
    }

    /**
     * A list in force is changing in the current transaction: forget everything once it ends
     * (committed or not; once per transaction), or at once when there is none.
     */
    public void invalidateWhenTransactionEnds() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            invalidate();
        } else if (transactions.getResource(REGISTERED) == null) {
            transactions.putResource(REGISTERED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
    }

    void invalidate() {
        generation.incrementAndGet();
        byNpi.invalidateAll();
        windows = null;
    }
}
