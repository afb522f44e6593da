package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.AgreementService;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Reads the whole program's lists in force into {@link ListsInForceCache} in the background once
 * the schema is up to date, so that lookups are answered from memory from the start: one
 * statement, streamed in NPI order (a cursor of 5,000 rows at a time). Lookups made meanwhile ask
 * the database; a list change meanwhile makes the cache refuse what the preload read before it.
 * Then every ACO's agreements, which classify each answer by the level in force in its PY: without
 * them the first lookups of each ACO read its agreements one ACO at a time (the first seconds of a
 * benchmark went to that, docs/performance.md).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Role.CMS_ADMIN) // nobody calls it: it only starts the preload
public class ListsInForcePreload {
    private static final Logger LOG = Logger.getLogger(ListsInForcePreload.class.getName());

    @Resource(lookup = "java:jboss/datasources/SspDS")
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ListsInForceCache cache;

    @EJB
    private AgreementService agreements;

    @PostConstruct
    void start() {
        executor.execute(this::load);
    }

    private void load() {
        long started = System.nanoTime();
        long generation = cache.generation();
        AtomicInteger npis = new AtomicInteger();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams a result with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(ListsInForceQuery.everything())) {
                ps.setFetchSize(5_000);
                try (ResultSet rs = ps.executeQuery()) {
                    ListsInForceQuery.stream(rs, (npi, listings) -> {
                        if (npis.get() < ListsInForceCache.MAX_NPIS) {
                            cache.put(npi, generation, listings);
                            npis.incrementAndGet();
                        }
                    });
                }
            } finally {
                c.rollback();
            }
            Set<String> acos = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select distinct aco_id from agreement")) {
                while (rs.next()) {
                    acos.add(rs.getString(1));
                }
            }
            cache.putHistories(generation, agreements.histories(acos));
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The lists in force were not preloaded; lookups read them as they come", e);
            return;
        }
        LOG.info(() -> String.format("Lists in force preloaded for %,d NPIs in %.1f s (%s)", npis.get(),
                (System.nanoTime() - started) / 1e9, generation == cache.generation() ? "all kept"
                        : "a list changed meanwhile, so the cache kept only what it read before"));
    }
}
