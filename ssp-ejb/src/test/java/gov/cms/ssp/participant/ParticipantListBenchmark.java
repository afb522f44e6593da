package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.validator.routines.checkdigit.CheckDigitException;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * {@code ./ssp bench participants}: seeds a program-sized database (500 ACOs, 15,000 participant
 * TINs, 600,000 NPIs, other-initiative TINs, pending change requests) with set-based SQL, then
 * measures (1) the complete screening of a 10,000-NPI / 1,000-TIN upload — parsing, formats, check
 * digits, duplicates, exclusivity, initiatives, what is already listed, billing TINs, the same code
 * the application runs ({@link ListFile}, {@link ConflictScreen}) — and (2) the list-page queries
 * (page + count) the service issues; then, through the running application, the API ({@link ApiTiming})
 * and the Faces list page ({@link FacesPageTiming}). A plain main, not a test: the figures go to
 * docs/performance.md.
 */
public final class ParticipantListBenchmark {
    static final int ACOS = 500;
    static final int TINS_PER_ACO = 30;     // 15,000
    static final int NPIS_PER_ACO = 1_200;  // 600,000
    static final int PY = 2027;
    static final int RUNS = 7;
    /** The first benchmark ACO is A1001, the ACO of the demo user aco.staff, so the API can be timed too. */
    static final String MEASURED_ACO = "A1001";

    private static String acoSql(String n) {
        return "(case when " + n + " = 1 then 'A1001' else 'A' || (5000 + " + n + ") end)";
    }

    private static String acoId(int n) {
        return n == 1 ? MEASURED_ACO : "A" + (5000 + n);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--check")) { // ./ssp bench participants --dry-run: the classpath only
            System.out.println("check: classpath complete (" + ConflictScreen.class.getSimpleName() + ", "
                    + ListFile.class.getSimpleName() + ", " + AcoId.of("A1001") + ", NPI check digits by "
                    + LuhnCheckDigit.class.getSimpleName() + ")");
            return;
        }
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:5432/ssp_bench";
        try (Connection c = DriverManager.getConnection(url, args.length > 1 ? args[1] : "ssp", args.length > 2 ? args[2] : "ssp")) {
            c.setAutoCommit(true);
            if (!seeded(c)) {
                long t = System.nanoTime();
                if (tableExists(c)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("truncate change_request_row, change_request, provider_supplier, participant_tin,"
                                + " other_initiative_tin, aco_contact, aco cascade");
                    }
                } else {
                    migrate(c);
                }
                seed(c);
                System.out.printf("seeded in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            System.out.println(counts(c));
            c.setAutoCommit(false);
            screening(c);
            listPages(c);
        }
        if (args.length > 4) {
            new ApiTiming(args[3], args[4]).run(tinFile(), npiFile());
            new FacesPageTiming(args[3], args[4]).run();
            try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
                bulkAcceptance(c, new ApiTiming(args[3], args[4], "cms.reviewer"));
            }
        }
    }

    /** A submitted request of A1001 with 10,000 NPI additions; every 100th bills through a TIN not on its list. */
    private static final long BULK_REQUEST = 900_001;
    private static final int BULK_ROWS = 10_000;

    /**
     * A reviewer accepts every row without findings of a 10,000-NPI change request at once, through
     * the API (screening again, 9,900 new audited entries, 100 rows left pending). The request is
     * put in with SQL and everything it created is taken out again after each run, so the
     * program-sized database stays as seeded.
     */
    private static void bulkAcceptance(Connection c, ApiTiming reviewer) throws SQLException, IOException, InterruptedException {
        c.setAutoCommit(true);
        double[] times = new double[3];
        String answer = "";
        for (int run = 0; run < times.length; run++) {
            removeBulkRequest(c);
            try (Statement s = c.createStatement()) {
                s.execute("insert into change_request (id, aco_id, py, status, created_by, submitted_by, submitted_at)"
                        + " values (" + BULK_REQUEST + ", 'A1001', " + PY + ", 'SUBMITTED', 'bench', 'bench', now())");
                s.execute("insert into change_request_row (id, request_id, list_kind, action, tin, npi, entry_name, specialty,"
                        + " primary_care, effective_date, disposition)"
                        + " select 50000000 + k, " + BULK_REQUEST + ", 'PROVIDER_SUPPLIER', 'ADD',"
                        + " (case when k % 100 = 0 then 600000000 + k else 100000001 + k % " + TINS_PER_ACO + " end)::text,"
                        + " (1900000000 + k)::text, 'Bulk Clinician ' || k, 'Internal Medicine', false, date '" + PY + "-01-01', 'PENDING'"
                        + " from generate_series(1, " + BULK_ROWS + ") k");
            }
            String[] r = reviewer.postEmpty("api/change-requests/" + BULK_REQUEST + "/acceptance-of-clear-rows");
            if (!r[0].equals("200") || !r[1].contains("\"accepted\":9900") || !r[1].contains("\"stillPending\":100")) {
                throw new IllegalStateException("the bulk acceptance answered " + r[0] + " " + r[1]);
            }
            times[run] = Double.parseDouble(r[2]);
            answer = r[1];
        }
        removeBulkRequest(c);
        System.out.printf("reviewer accepts every clear row of a 10,000-NPI change request (%s): %s%n", answer, stats(times));
    }

    private static void removeBulkRequest(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            String created = "select id from provider_supplier where aco_id = 'A1001' and npi like '19%'";
            s.execute("delete from provider_supplier_aud where id in (" + created + ")");
            s.execute("delete from provider_supplier where id in (" + created + ")");
            s.execute("delete from change_request_row where request_id = " + BULK_REQUEST);
            s.execute("delete from change_request where id = " + BULK_REQUEST);
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, "public", "provider_supplier", null)) {
            return r.next();
        }
    }

    private static boolean seeded(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from provider_supplier")) {
            return r.next() && r.getLong(1) == (long) ACOS * NPIS_PER_ACO;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The application's own Flyway scripts, in version order (plain SQL, no placeholders). */
    private static void migrate(Connection c) throws IOException, URISyntaxException, SQLException {
        Path dir = Path.of(ParticipantListBenchmark.class.getResource("/db/migration").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        try (Statement s = c.createStatement()) {
            s.execute("drop schema public cascade");
            s.execute("create schema public");
            for (Path p : scripts) {
                s.execute(Files.readString(p));
            }
        }
    }

    private static int version(Path p) {
        String n = p.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf("__")));
    }

    /** Set-based: every table is filled by one insert … select over generate_series. */
    private static void seed(Connection c) throws SQLException {
        String[] sql = {
            "insert into aco (id, aco_id, legal_name, tin, track, agreement_start, agreement_period)"
                + " select i, " + acoSql("i") + ", 'Benchmark ACO ' || i, lpad((800000000 + i)::text, 9, '0'),"
                + " (array['BASIC_A','BASIC_B','BASIC_C','BASIC_D','BASIC_E','ENHANCED'])[1 + i % 6], date '2024-01-01', 1"
                + " from generate_series(1, " + ACOS + ") i",
            // TIN k belongs to ACO (k-1)/30+1; 4 in 5 bill primary care
            "insert into participant_tin (id, aco_id, tin, legal_name, primary_care, effective_date)"
                + " select k, " + acoSql("((k - 1) / " + TINS_PER_ACO + " + 1)") + ", (100000000 + k)::text, 'Practice ' || k, k % 5 <> 0,"
                + " date '2024-01-01' from generate_series(1, " + ACOS * TINS_PER_ACO + ") k",
            // NPI n bills through one of its ACO's 30 TINs; check digits do not matter to the joins
            "insert into provider_supplier (id, aco_id, npi, full_name, specialty, tin, effective_date)"
                + " select n, " + acoSql("a") + ", (1100000000 + n)::text, 'Clinician ' || n, 'Family Medicine',"
                + " (100000000 + (a - 1) * " + TINS_PER_ACO + " + 1 + n % " + TINS_PER_ACO + ")::text, date '2024-01-01'"
                + " from (select n, (n - 1) / " + NPIS_PER_ACO + " + 1 as a from generate_series(1, " + ACOS * NPIS_PER_ACO + ") n) x",
            "insert into other_initiative_tin (tin, initiative, py)"
                + " select (300000000 + k)::text, (array['ACO_REACH','KIDNEY_CARE_CHOICES','BPCI_ADVANCED','CJR'])[1 + k % 4], " + PY
                + " from generate_series(1, 5000) k",
            // 100 ACOs with a submitted change request of 20 pending additions each
            "insert into change_request (id, aco_id, py, status, created_by, submitted_by, submitted_at)"
                + " select r, 'A' || (5000 + r * 5), " + PY + ", 'SUBMITTED', 'bench', 'bench', now() from generate_series(1, 100) r",
            "insert into change_request_row (id, request_id, list_kind, action, tin, entry_name, primary_care, effective_date, disposition)"
                + " select k, (k - 1) / 20 + 1, 'PARTICIPANT', 'ADD', (400000000 + k)::text, 'Pending ' || k, true, date '" + PY + "-01-01', 'PENDING'"
                + " from generate_series(1, 2000) k",
            // the application's sequences continue after the seeded ids
            "select setval('aco_seq', 100000), setval('participant_tin_seq', 1000000), setval('provider_supplier_seq', 10000000),"
                + " setval('change_request_seq', 100000), setval('change_request_row_seq', 1000000)",
            "analyze"
        };
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static String counts(Connection c) throws SQLException {
        StringBuilder b = new StringBuilder("database:");
        for (String t : List.of("aco", "participant_tin", "provider_supplier", "other_initiative_tin", "change_request_row")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + t)) {
                r.next();
                b.append(' ').append(t).append('=').append(r.getLong(1));
            }
        }
        return b.toString();
    }

    /**
     * The upload of ACO A1001 (one of the 500): 1,000 TINs — new ones, some on other ACOs' lists,
     * some in other initiatives, some pending elsewhere, a few duplicates and typos — and 10,000 NPIs
     * billing through its own TINs, some through TINs not on its list.
     */
    static byte[] tinFile() {
        StringBuilder tins = new StringBuilder(String.join(",", ListKind.PARTICIPANT.columns())).append('\n');
        for (int i = 1; i <= 1000; i++) {
            String tin = i <= 30 ? String.valueOf(100000000 + 31 * i + 200)   // on other ACOs' lists
                    : i <= 40 ? String.valueOf(300000000 + 4 * i + 1)          // ACO REACH
                    : i <= 50 ? String.valueOf(400000000 + 20 * i)             // pending in other ACOs' requests
                    : i <= 55 ? String.valueOf(500000000 + i + 50)            // the same TINs as rows 101..105
                    : i <= 58 ? "12345" + i                                   // typos
                    : String.valueOf(500000000 + i);
            tins.append(tin).append(",Practice ").append(i).append(",Y\n");
        }
        return tins.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] npiFile() {
        StringBuilder npis = new StringBuilder(String.join(",", ListKind.PROVIDER_SUPPLIER.columns())).append('\n');
        for (int i = 1; i <= 10_000; i++) {
            String tin = i % 100 == 0 ? String.valueOf(600000000 + i) : String.valueOf(100000001 + i % TINS_PER_ACO);
            npis.append(npi(i)).append(",Clinician ").append(i).append(",Internal Medicine,").append(tin).append(",\n");
        }
        return npis.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void screening(Connection c) throws SQLException {
        byte[] tinFile = tinFile();
        byte[] npiFile = npiFile();
        AcoId aco = AcoId.of(MEASURED_ACO);
        double[] totals = new double[RUNS];
        int tinProblems = 0;
        int npiProblems = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            ListScreening rules = new ListScreening(PY, LocalDate.of(PY - 1, 7, 15));
            ListFile tf = ListFile.read(ListKind.PARTICIPANT, tinFile, rules);
            List<RowProblem> tp = new ArrayList<>(tf.problems());
            tp.addAll(ConflictScreen.screen(c, aco, rules, ListKind.PARTICIPANT, tf.rows(), -1));
            ListFile nf = ListFile.read(ListKind.PROVIDER_SUPPLIER, npiFile, rules);
            List<RowProblem> np = new ArrayList<>(nf.problems());
            np.addAll(ConflictScreen.screen(c, aco, rules, ListKind.PROVIDER_SUPPLIER, nf.rows(), -1));
            c.rollback();
            totals[run] = (System.nanoTime() - t0) / 1e6;
            tinProblems = tp.size();
            npiProblems = np.size();
        }
        System.out.printf("screening 1,000 TINs + 10,000 NPIs (%d + %d problems found): %s%n", tinProblems, npiProblems, stats(totals));
    }

    /** The queries behind one page of a lazy list table: the page and the count. */
    private static void listPages(Connection c) throws SQLException {
        String inForce = " from provider_supplier p where p.aco_id = ? and p.effective_date <= ? and (p.termination_date is null or p.termination_date >= ?)";
        record Query(String label, String page, String count, boolean nameFilter) {
        }
        List<Query> queries = List.of(
                new Query("providers/suppliers, first page by NPI", "select *" + inForce + " order by p.npi, p.id limit 25 offset 0",
                        "select count(*)" + inForce, false),
                new Query("providers/suppliers, page 40 by name", "select *" + inForce + " order by p.full_name desc, p.id limit 25 offset 975",
                        "select count(*)" + inForce, false),
                new Query("providers/suppliers, name filter", "select *" + inForce + " and upper(p.full_name) like ? order by p.npi, p.id limit 25",
                        "select count(*)" + inForce + " and upper(p.full_name) like ?", true),
                new Query("participants, first page by TIN", "select * from participant_tin p where p.aco_id = ? and p.effective_date <= ?"
                        + " and (p.termination_date is null or p.termination_date >= ?) order by p.tin, p.id limit 25",
                        "select count(*) from participant_tin p where p.aco_id = ? and p.effective_date <= ?"
                                + " and (p.termination_date is null or p.termination_date >= ?)", false));
        for (Query q : queries) {
            double[] times = new double[RUNS * 3];
            for (int run = 0; run < times.length; run++) {
                String aco = acoId(1 + (run * 37) % ACOS);
                long t0 = System.nanoTime();
                for (String sql : List.of(q.page(), q.count())) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, aco);
                        ps.setDate(2, java.sql.Date.valueOf(LocalDate.of(PY, 12, 31)));
                        ps.setDate(3, java.sql.Date.valueOf(LocalDate.of(PY, 1, 1)));
                        if (q.nameFilter()) {
                            ps.setString(4, "%CLINICIAN 12%");
                        }
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                r.getString(1);
                            }
                        }
                    }
                }
                times[run] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("list page (page + count), %s: %s%n", q.label(), stats(times));
        }
        c.rollback();
    }

    private static String npi(int i) {
        String base = "12" + String.format("%07d", i);
        try {
            return base + LuhnCheckDigit.LUHN_CHECK_DIGIT.calculate("80840" + base);
        } catch (CheckDigitException e) {
            throw new IllegalStateException(e);
        }
    }

    static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("min %.0f ms, median %.0f ms, max %.0f ms over %d runs", s[0], s[s.length / 2], s[s.length - 1], s.length);
    }

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException("the PostgreSQL JDBC driver is not on the class path", e));
        }
    }
}
