package gov.cms.ssp.bench;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.lookup.ListsInForceQuery;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * The participation-lookup benchmark behind {@code ./ssp bench lookup} (not a test: it measures).
 * {@code seed JDBC_URL} migrates the schema with the application's Flyway scripts and fills a program-sized data set (500 ACOs, 15,000 participant TINs, 600,000
 * NPIs) with COPY; {@code direct JDBC_URL SECONDS THREADS} runs the lookup's own SQL straight
 * against PostgreSQL; {@code batch APP_URL COUNT} times 100-NPI batches through the API;
 * {@code npis JDBC_URL FILE} writes the NPIs for the HTTP load generator; {@code check} only proves
 * that the classpath {@code ./ssp bench lookup --dry-run} built holds everything the steps load.
 */
public final class LookupBenchmark {
    static final int ACOS = 500;
    static final int TINS_PER_ACO = 30;
    static final int NPIS_PER_TIN = 40;
    static final int NPIS = ACOS * TINS_PER_ACO * NPIS_PER_TIN;

    /** The lookup's query for one NPI, as ParticipationLookupService and the bare server run it. */
    static final String LOOKUP_SQL = ListsInForceQuery.forNpis(1);

    private LookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1]);
            case "npis" -> writeNpis(args[1], Path.of(args[2]));
            case "direct" -> direct(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "batch" -> batch(args[1], args[2], Integer.parseInt(args[3]));
            case "check" -> check();
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    static void check() throws ClassNotFoundException {
        Class.forName("org.postgresql.Driver");
        System.out.println("check: classpath complete (" + Track.values().length + " tracks, NPI " + npi(0) + ", the bare server "
                + BareLookupServer.class.getSimpleName() + ", the lookup statement of " + LOOKUP_SQL.length() + " characters)");
    }

    static String npi(int i) {
        String base = String.valueOf(100_000_000 + i); // 9 digits
        try {
            return base + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate("80840" + base);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    static void seed(String url) throws SQLException, IOException {
        // the application's own migrations, so that the data is there before the application starts
        // (it preloads its cache of the lists in force when it starts)
        Flyway.configure().dataSource(url, "ssp", "ssp").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "ssp", "ssp")) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from provider_supplier")) {
                rs.next();
                if (rs.getLong(1) >= NPIS) {
                    System.out.println("seed: already " + rs.getLong(1) + " NPIs");
                    return;
                }
            }
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("truncate provider_supplier, participant_tin, change_request_row, change_request cascade");
                s.execute("delete from aco_contact");
                s.execute("delete from aco");
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            Track[] tracks = {Track.BASIC_A, Track.BASIC_B, Track.BASIC_C, Track.BASIC_D, Track.BASIC_E, Track.ENHANCED};
            StringBuilder acos = new StringBuilder();
            StringBuilder tins = new StringBuilder();
            StringBuilder npis = new StringBuilder();
            int n = 0;
            for (int a = 0; a < ACOS; a++) {
                String acoId = "A" + (5000 + a);
                acos.append(1_000_000 + a).append('\t').append(acoId).append("\tBenchmark ACO ").append(a)
                        .append('\t').append(700_000_000 + a).append('\t').append(tracks[a % tracks.length])
                        .append("\t2024-01-01\t1\n");
                for (int t = 0; t < TINS_PER_ACO; t++) {
                    int tinNo = a * TINS_PER_ACO + t;
                    String tin = String.valueOf(800_000_000 + tinNo);
                    tins.append(1_000_000 + tinNo).append('\t').append(acoId).append('\t').append(tin)
                            .append("\tPractice ").append(tinNo).append('\t').append(t % 3 != 2).append("\t2024-01-01\n");
                    for (int p = 0; p < NPIS_PER_TIN; p++) {
                        npis.append(1_000_000 + n).append('\t').append(acoId).append('\t').append(npi(n))
                                .append("\tClinician ").append(n).append("\tFamily Medicine\t").append(tin)
                                .append("\t2024-01-01\n");
                        n++;
                    }
                }
            }
            copy.copyIn("copy aco (id, aco_id, legal_name, tin, track, agreement_start, agreement_period) from stdin",
                    new StringReader(acos.toString()));
            copy.copyIn("copy participant_tin (id, aco_id, tin, legal_name, primary_care, effective_date) from stdin",
                    new StringReader(tins.toString()));
            copy.copyIn("copy provider_supplier (id, aco_id, npi, full_name, specialty, tin, effective_date) from stdin",
                    new StringReader(npis.toString()));
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
            System.out.printf(Locale.ROOT, "seed: %d ACOs, %d TINs, %d NPIs in %.1f s%n", ACOS, ACOS * TINS_PER_ACO, n,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    static void writeNpis(String url, Path file) throws SQLException, IOException {
        List<String> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "ssp", "ssp");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select npi from provider_supplier")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        Files.write(file, all);
        System.out.println("npis: " + all.size() + " written to " + file);
    }

    /** The same query, straight against PostgreSQL: latency percentiles and throughput. */
    static void direct(String url, int seconds, int threads) throws Exception {
        AtomicLong count = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[2_000_000];
            latencies.add(mine);
            Thread w = new Thread(() -> {
                int i = 0;
                try (Connection c = DriverManager.getConnection(url, "ssp", "ssp");
                     PreparedStatement ps = c.prepareStatement(LOOKUP_SQL)) {
                    while (System.nanoTime() < end && i < mine.length) {
                        String npi = npi(ThreadLocalRandom.current().nextInt(NPIS));
                        long t0 = System.nanoTime();
                        ps.setString(1, npi);
                        ps.setString(2, npi);
                        ps.setString(3, npi);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rs.getString(1);
                            }
                        }
                        mine[i++] = System.nanoTime() - t0;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                mine[mine.length - 1] = i; // how many were filled
                count.addAndGet(i);
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] all = latencies.stream().flatMapToLong(l -> Arrays.stream(l, 0, (int) l[l.length - 1])).sorted().toArray();
        System.out.printf(Locale.ROOT, "direct: %d queries in %d s with %d threads = %.0f/s; p50 %.2f ms, p99 %.2f ms%n",
                count.get(), seconds, threads, count.get() / (double) seconds, pct(all, 50), pct(all, 99));
    }

    /** 100-NPI batches through the public API, one at a time. */
    static void batch(String appUrl, String npiFile, int count) throws Exception {
        List<String> npis = Files.readAllLines(Path.of(npiFile));
        HttpClient http = HttpClient.newHttpClient();
        long[] times = new long[count];
        for (int i = -10; i < count; i++) { // ten warm-up calls are not counted
            String body = ThreadLocalRandom.current().ints(100, 0, npis.size()).mapToObj(k -> "\"" + npis.get(k) + "\"")
                    .collect(Collectors.joining(",", "{\"npis\":[", "]}"));
            HttpRequest req = HttpRequest.newBuilder(URI.create(appUrl + "api/participation/lookup"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("batch lookup answered " + r.statusCode() + ": " + r.body());
            }
            if (i >= 0) {
                times[i] = took;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "batch: %d lookups of 100 NPIs; p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", count,
                pct(times, 50), pct(times, 99), times[count - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int idx = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, idx)] / 1e6;
    }
}
