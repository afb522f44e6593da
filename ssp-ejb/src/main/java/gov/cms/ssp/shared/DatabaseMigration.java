package gov.cms.ssp.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts; Flyway owns the schema and Hibernate
 * never creates tables. The demo program (db/demo) is seeded unless SSP_DEMO_DATA=false.
 * Bean-managed transactions: Flyway commits each migration itself.
 */
@Startup
@Singleton
@DependsOn("ProductionGuard") // production mode refuses demo data before anything is seeded
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Role.CMS_ADMIN)
public class DatabaseMigration {
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/SspDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoDataWanted()) {
            locations.add("classpath:db/demo");
        }
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now; locations " + locations + ")");
    }

    private static boolean demoDataWanted() {
        String v = System.getProperty("ssp.demo-data", System.getenv().getOrDefault("SSP_DEMO_DATA", "true"));
        return !"false".equalsIgnoreCase(v.strip());
    }
}
