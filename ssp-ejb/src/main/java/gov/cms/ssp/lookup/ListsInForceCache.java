package gov.cms.ssp.lookup;

import com.github.benmanes.caffeine.cache.Caffeine;
import gov.cms.ssp.agreement.AgreementHistory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The lists in force as the public lookup reads them, per NPI, in memory — the whole program once
 * {@link ListsInForcePreload} has read it (about 250 bytes an NPI), at most {@value #MAX_NPIS} NPIs,
 * least recently used first out.
 *
 * <p>Never stale. {@link ListsInForceListener} reports every write of what answers are made of, and
 * when the writing transaction ends the cache moves its generation on and only then forgets what
 * the write concerns: the NPI of a list entry; every NPI of an ACO (ACO, signed certification) or
 * of one of its TINs (participant entry). An answer read from the database is kept only if no
 * generation began while it was read ({@link #put} is atomic per NPI), so one read just before a
 * change commits is never kept after it. One JVM's cache: a cluster would need an invalidation
 * cache (Infinispan) instead.
 */
@ApplicationScoped
public class ListsInForceCache {
    static final int MAX_NPIS = 700_000;
    private static final Object PENDING = ListsInForceCache.class;

    private final AtomicLong generation = new AtomicLong();
    /** Tells this JVM's generations from those of an earlier start in {@link #version}. */
    private final long started = System.currentTimeMillis();
    private final ConcurrentMap<String, NpiListings> byNpi =
            Caffeine.newBuilder().maximumSize(MAX_NPIS).<String, NpiListings>build().asMap();
    private volatile Stamped<Map<Integer, LocalDate>> windows;
    private volatile Stamped<Map<String, AgreementHistory>> histories;
    private volatile Stamped<Map<String, Map<Integer, MipsScore>>> mipsScores;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private record Stamped<T>(long generation, T value) {
    }

    /** What one transaction changed, applied once it ends. */
    static final class Changes {
        final Set<String> npis = new HashSet<>();
        final Set<String> acos = new HashSet<>();
        final Set<String> acoTins = new HashSet<>();
    }

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
        return byNpi.get(npi);
    }

    /** Keeps what was read in generation {@code readIn}, unless a change has ended since. */
    public void put(String npi, long readIn, NpiListings listings) {
        byNpi.compute(npi, (k, held) -> readIn == generation.get() ? listings : held);
    }

    int size() {
        return byNpi.size();
    }

    /** Each PY's certification window and the day it opens; forgotten at every change. */
    public Map<Integer, LocalDate> windows() {
        Stamped<Map<Integer, LocalDate>> w = windows;
        return w != null && w.generation() == generation.get() ? w.value() : null;
    }

    public void putWindows(long readIn, Map<Integer, LocalDate> opensOn) {
        if (readIn == generation.get()) {
            windows = new Stamped<>(readIn, opensOn);
        }
    }

    /** The APM Entities' released MIPS scores by ACO and PY; forgotten at every change (a release is one). */
    public Map<String, Map<Integer, MipsScore>> mipsScores() {
        Stamped<Map<String, Map<Integer, MipsScore>>> m = mipsScores;
        return m != null && m.generation() == generation.get() ? m.value() : null;
    }

    public void putMipsScores(long readIn, Map<String, Map<Integer, MipsScore>> scores) {
        if (readIn == generation.get()) {
            mipsScores = new Stamped<>(readIn, scores);
        }
    }

    /** The ACOs' agreements (the level in force in each PY) read so far; forgotten at every change. */
    public Map<String, AgreementHistory> histories() {
        Stamped<Map<String, AgreementHistory>> h = histories;
        return h != null && h.generation() == generation.get() ? h.value() : Map.of();
    }

    /** Adds the agreements read in generation {@code readIn} to those kept, unless a change has ended since. */
    public synchronized void putHistories(long readIn, Map<String, AgreementHistory> read) {
        if (readIn == generation.get()) {
            Map<String, AgreementHistory> all = new HashMap<>(histories());
            all.putAll(read);
            histories = new Stamped<>(readIn, Map.copyOf(all));
        }
    }

    /** An agreement or an election: the levels by PY of that ACO, which its clinicians' answers classify by. */
    void agreementChanged(String acoId) {
        record(c -> c.acos.add(acoId));
    }

    void npiChanged(String npi) {
        record(c -> c.npis.add(npi));
    }

    void acoChanged(String acoId) {
        record(c -> c.acos.add(acoId));
    }

    void tinChanged(String acoId, String tin) {
        record(c -> c.acoTins.add(acoId + "/" + tin));
    }

    /** A release of quality results: only the released MIPS scores, which every change forgets. */
    void qualityReleased() {
        record(c -> { });
    }

    /** A certification window: only how far ahead answers reach, which every change forgets. */
    void windowChanged() {
        record(c -> { });
    }

    /** Adds to the current transaction's changes, applied when it ends (committed or not); at once without one. */
    private void record(Consumer<Changes> change) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            Changes now = new Changes();
            change.accept(now);
            apply(now);
            return;
        }
        Changes pending = (Changes) transactions.getResource(PENDING);
        if (pending == null) {
            Changes created = new Changes();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    apply(created);
                }
            });
            pending = created;
        }
        change.accept(pending);
    }

    void apply(Changes c) {
        generation.incrementAndGet(); // first: a read in flight is no longer kept
        if (!c.acos.isEmpty() || !c.acoTins.isEmpty()) {
            byNpi.entrySet().removeIf(e -> c.npis.contains(e.getKey()) || e.getValue().involves(c.acos, c.acoTins));
        } else {
            c.npis.forEach(byNpi::remove);
        }
    }
}
