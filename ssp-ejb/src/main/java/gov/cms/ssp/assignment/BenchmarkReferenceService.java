package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The benchmark's reference data per calendar year, loaded by CMS administrators as CSV (all or
 * nothing): national figures {@code year,enrollment_type,national_per_capita,truncation_point} — the
 * trend between years is the ratio of national per-capita expenditures; the truncation point is spec
 * F.5's (empty: derived by the run) — and ACO risk scores {@code year,aco_id,enrollment_type,risk_score}.
 * A year's rows in a file replace that year's rows.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class BenchmarkReferenceService {
    private static final Set<String> TYPES = Set.of("ESRD", "DIS", "AGDU", "AGND");

    @Inject
    private RunStore store;
    @EJB
    private CallerContext caller;

    /** A national figure of a year and type, as listed. */
    public record NationalRow(int year, String enrollmentType, BigDecimal nationalPerCapita, BigDecimal truncationPoint) {
    }

    public List<NationalRow> national() {
        return store.query("select data_year, enrollment_type, national_per_capita, truncation_point from benchmark_national_year"
                + " order by data_year desc, enrollment_type", rs -> new NationalRow(rs.getInt(1), rs.getString(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)));
    }

    public long riskScoreCount() {
        return store.query("select count(*) from benchmark_risk_score", rs -> rs.getLong(1)).get(0);
    }

    @RolesAllowed(Role.CMS_ADMIN)
    public UploadReport loadNational(Reader csv, String fileName) {
        List<UploadReport.Problem> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        read(csv, List.of("year", "enrollment_type", "national_per_capita", "truncation_point"), problems, (r, line) -> {
            Integer year = year(r.get("year"), line, problems);
            String type = type(r.get("enrollment_type"), line, problems);
            BigDecimal perCapita = amount(r.get("national_per_capita"), "national_per_capita", line, false, problems);
            BigDecimal point = amount(r.get("truncation_point"), "truncation_point", line, true, problems);
            rows.add(new Object[] {year, type, perCapita, point});
        });
        duplicates(rows, 2, problems);
        if (!problems.isEmpty()) {
            return new UploadReport(0, fileName, 0, 0, problems);
        }
        replace("benchmark_national_year", rows, "insert into benchmark_national_year (data_year, enrollment_type,"
                + " national_per_capita, truncation_point, loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?)");
        return new UploadReport(0, fileName, rows.size(), 0, List.of());
    }

    @RolesAllowed(Role.CMS_ADMIN)
    public UploadReport loadRiskScores(Reader csv, String fileName) {
        List<UploadReport.Problem> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        read(csv, List.of("year", "aco_id", "enrollment_type", "risk_score"), problems, (r, line) -> {
            Integer year = year(r.get("year"), line, problems);
            String aco = r.get("aco_id").trim();
            if (!aco.matches("A\\d{4}")) {
                problems.add(new UploadReport.Problem(line, "aco_id", "must be the letter A followed by four digits"));
            }
            String type = type(r.get("enrollment_type"), line, problems);
            BigDecimal score = amount(r.get("risk_score"), "risk_score", line, false, problems);
            if (score != null && (score.signum() <= 0 || score.compareTo(BigDecimal.TEN) > 0 || score.scale() > 4)) {
                problems.add(new UploadReport.Problem(line, "risk_score", "must be above 0 and at most 10, with up to 4 decimals"));
            }
            rows.add(new Object[] {year, aco, type, score});
        });
        duplicates(rows, 3, problems);
        if (!problems.isEmpty()) {
            return new UploadReport(0, fileName, 0, 0, problems);
        }
        replace("benchmark_risk_score", rows, "insert into benchmark_risk_score (data_year, aco_id, enrollment_type, risk_score,"
                + " loaded_by, loaded_at) values (?, ?, ?, ?, ?, ?)");
        return new UploadReport(0, fileName, rows.size(), 0, List.of());
    }

    /** The MSR CMS set per ACO and PY for ACOs below 5,000 assigned beneficiaries: CSV {@code year,aco_id,cms_set_msr} (a fraction). */
    @RolesAllowed(Role.CMS_ADMIN)
    public UploadReport loadAcoMsr(Reader csv, String fileName) {
        List<UploadReport.Problem> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        read(csv, List.of("year", "aco_id", "cms_set_msr"), problems, (r, line) -> {
            Integer year = year(r.get("year"), line, problems);
            String aco = r.get("aco_id").trim();
            if (!aco.matches("A\\d{4}")) {
                problems.add(new UploadReport.Problem(line, "aco_id", "must be the letter A followed by four digits"));
            }
            BigDecimal msr = amount(r.get("cms_set_msr"), "cms_set_msr", line, false, problems);
            if (msr != null && (msr.compareTo(new BigDecimal("0.2")) > 0 || msr.scale() > 5)) {
                problems.add(new UploadReport.Problem(line, "cms_set_msr", "must be a fraction from 0 to 0.2 with up to 5 decimals"));
            }
            rows.add(new Object[] {year, aco, msr});
        });
        duplicates(rows, 2, problems);
        if (!problems.isEmpty()) {
            return new UploadReport(0, fileName, 0, 0, problems);
        }
        replace("benchmark_aco_msr", rows, "insert into benchmark_aco_msr (data_year, aco_id, cms_set_msr, loaded_by, loaded_at)"
                + " values (?, ?, ?, ?, ?)");
        return new UploadReport(0, fileName, rows.size(), 0, List.of());
    }

    public long acoMsrCount() {
        return store.query("select count(*) from benchmark_aco_msr", rs -> rs.getLong(1)).get(0);
    }

    private interface RowCheck {
        void check(CSVRecord row, long line);
    }

    private static void read(Reader csv, List<String> columns, List<UploadReport.Problem> problems, RowCheck check) {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                .parse(csv)) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new UploadReport.Problem(1, column, "the header lacks the column"));
                }
            }
            if (!problems.isEmpty()) {
                return;
            }
            for (CSVRecord r : parser) {
                if (r.size() < columns.size()) {
                    problems.add(new UploadReport.Problem(parser.getCurrentLineNumber(), null, "the row has too few values"));
                    continue;
                }
                check.check(r, parser.getCurrentLineNumber());
                if (problems.size() >= DataLoadService.PROBLEM_LIMIT || r.getRecordNumber() > 100_000) {
                    break;
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new UploadReport.Problem(0, null, "the file is not a readable CSV: " + e.getMessage()));
        }
    }

    private static Integer year(String text, long line, List<UploadReport.Problem> problems) {
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= DataLoadService.FIRST_YEAR && year <= DataLoadService.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new UploadReport.Problem(line, "year", "must be a year from " + DataLoadService.FIRST_YEAR + " to "
                + DataLoadService.LAST_YEAR));
        return null;
    }

    private static String type(String text, long line, List<UploadReport.Problem> problems) {
        String type = text.trim();
        if (!TYPES.contains(type)) {
            problems.add(new UploadReport.Problem(line, "enrollment_type", "must be ESRD, DIS, AGDU or AGND"));
        }
        return type;
    }

    private static BigDecimal amount(String text, String column, long line, boolean optional, List<UploadReport.Problem> problems) {
        String value = text.trim();
        if (value.isEmpty() && optional) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() >= 0 && amount.precision() - amount.scale() <= 12 && amount.scale() <= 4) {
                return amount;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(new UploadReport.Problem(line, column, "must be a non-negative amount (up to 12 digits and 4 decimals)"));
        return null;
    }

    private static void duplicates(List<Object[]> rows, int keyColumns, List<UploadReport.Problem> problems) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int k = 0; k < keyColumns; k++) {
                key.append(rows.get(i)[k]).append('|');
            }
            if (!keys.add(key.toString())) {
                problems.add(new UploadReport.Problem(i + 2, null, "repeats the key of an earlier row"));
            }
        }
    }

    private void replace(String table, List<Object[]> rows, String insertSql) {
        String user = caller.userName();
        Instant now = Instant.now();
        Set<Integer> years = new HashSet<>();
        rows.forEach(r -> years.add((Integer) r[0]));
        store.with(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where data_year = ?")) {
                for (int year : years) {
                    delete.setInt(1, year);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement(insertSql)) {
                for (Object[] row : rows) {
                    Object[] params = new Object[row.length + 2];
                    System.arraycopy(row, 0, params, 0, row.length);
                    params[row.length] = user;
                    params[row.length + 1] = now;
                    RunStore.bind(insert, params);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
