package gov.cms.ssp.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./ssp backup} and {@code ./ssp restore} on the test database: the backup is taken at a snapshot
 * whose row counts are read in the same transaction, restored into a fresh database, and every table —
 * records, Flyway's history and the Envers audit trail — has exactly the rows it had.
 */
class BackupRestoreIT {
    private static final String SOURCE = System.getenv().getOrDefault("SSP_DB_URL", "jdbc:postgresql://localhost:5432/ssp_test");
    private static final String TARGET = SOURCE.substring(0, SOURCE.lastIndexOf('/') + 1) + "ssp_restore_check";
    private static final String USER = System.getenv().getOrDefault("SSP_DB_USER", "ssp");
    private static final String PASSWORD = System.getenv().getOrDefault("SSP_DB_PASSWORD", "ssp");

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasEveryRecordAndAuditRow() throws Exception {
        Path file = Files.createTempFile("ssp-backup-", ".dump");
        Map<String, Long> before;
        try (Connection source = DriverManager.getConnection(SOURCE, USER, PASSWORD)) {
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = source.createStatement(); ResultSet r = s.executeQuery("select pg_export_snapshot()")) {
                r.next();
                snapshot = r.getString(1);
            }
            before = counts(source);
            // the dump sees exactly what this transaction sees, whatever the server writes meanwhile
            run(Map.of("SSP_DB_URL", SOURCE), "backup", file.toString(), "--snapshot=" + snapshot);
            source.commit();
        }
        run(Map.of("SSP_DB_URL", TARGET), "restore", file.toString());
        Map<String, Long> after;
        try (Connection target = DriverManager.getConnection(TARGET, USER, PASSWORD)) {
            after = counts(target);
        }
        assertEquals(before, after, "every table, row for row");
        assertTrue(before.keySet().stream().anyMatch(t -> t.endsWith("_aud")), "the audit trail is in the backup: " + before.keySet());
        assertTrue(before.get("flyway_schema_history") > 0 && before.get("aco") > 0, before.toString());
        Files.delete(file);
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    private static void run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("..", "ssp").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "./ssp " + args[0] + " finished");
        assertEquals(0, p.exitValue(), "./ssp " + String.join(" ", args) + ":\n" + output);
    }

    @AfterAll
    static void dropTheCopy() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SOURCE.substring(0, SOURCE.lastIndexOf('/') + 1) + "postgres", USER, PASSWORD);
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists ssp_restore_check");
        }
    }
}
