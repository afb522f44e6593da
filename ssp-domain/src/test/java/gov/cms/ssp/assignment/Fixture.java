package gov.cms.ssp.assignment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Builds a tiny DATA_DIR in the section A format, runs the assign command on it and reads its outputs.
 * Defaults: every beneficiary born 1950-03-01, US resident, Parts A and B in every month from
 * 2021-10 to 2025-12, not dual, not ESRD; claim lines processed 20 days after service.
 */
final class Fixture {

    static final String A1_TIN = "111111111";
    static final String A2_TIN = "222222222";
    static final String A3_TIN = "333333333";
    static final String T9 = "999999999";

    private final Path dir;
    private final List<String> participants = new ArrayList<>();
    private final List<String> providers = new ArrayList<>();
    private final List<String> settings = new ArrayList<>();
    private final List<String> beneficiaries = new ArrayList<>();
    private final Map<String, TreeMap<String, Map<String, String>>> months = new LinkedHashMap<>();
    private final List<String> claims = new ArrayList<>();
    private final List<String> designations = new ArrayList<>();
    private final List<String> initiatives = new ArrayList<>();
    private final Map<String, List<String>> extraFiles = new LinkedHashMap<>();
    private int claimCounter;
    final int py;

    Fixture(Path dir, int py) {
        this.dir = dir;
        this.py = py;
    }

    /** The ACOs of the spec's cases: A1 and A2 retrospective, one TIN each. */
    static Fixture standard(Path dir, int py) {
        return new Fixture(dir, py).aco("A1", "RETROSPECTIVE", A1_TIN).aco("A2", "RETROSPECTIVE", A2_TIN);
    }

    Fixture aco(String aco, String method, String... tins) {
        for (String tin : tins) {
            participants.add(aco + "," + py + "," + tin + ",,");
        }
        settings.add(aco + "," + py + "," + method + ",1," + (py - 1) + "-01-01");
        return this;
    }

    /** One more participant TIN of an ACO already added. */
    Fixture tin(String aco, String tin) {
        participants.add(aco + "," + py + "," + tin + ",,");
        return this;
    }

    /** A primary care visit to a TIN with allowed $100 and no payment, so that it assigns without adding spend. */
    Fixture visit(String bene, String tin, String date) {
        return line(nextClaimId(), 1, bene, "CARRIER", date, date, "", tin, "1000000001", "", "08", "99213", "11",
                "100", "0", "N");
    }

    Fixture ccn(String aco, String tin, String ccn, String type) {
        participants.add(aco + "," + py + "," + tin + "," + ccn + "," + type);
        return this;
    }

    Fixture professional(String aco, String tin, String npi, String specialty) {
        providers.add(aco + "," + py + "," + tin + "," + npi + "," + specialty + ",Y");
        return this;
    }

    Fixture bene(String bene) {
        return bene(bene, "1950-03-01", null);
    }

    Fixture bene(String bene, String birth, String death) {
        beneficiaries.add(bene + "," + birth + ",2," + (death == null ? "" : death) + ",10010");
        TreeMap<String, Map<String, String>> rows = new TreeMap<>();
        for (YearMonth m = YearMonth.of(2021, 10); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("part_a", "Y");
            row.put("part_b", "Y");
            row.put("ma_ghp", "N");
            row.put("esrd", "N");
            row.put("disabled", "N");
            row.put("orec", "0");
            row.put("dual_status", "NA");
            row.put("ssa_state_county", "10010");
            rows.put(m.toString(), row);
        }
        months.put(bene, rows);
        return this;
    }

    /** Changes the enrollment rows of the months from..to (YYYY-MM, inclusive). */
    Fixture months(String bene, String from, String to, Consumer<Map<String, String>> change) {
        months.get(bene).subMap(from, true, to, true).values().forEach(change);
        return this;
    }

    /** Removes the enrollment rows of the months from..to (not entitled). */
    Fixture noMonths(String bene, String from, String to) {
        months.get(bene).subMap(from, true, to, true).clear();
        return this;
    }

    /** A one-line carrier claim (POS 11) billed by a TIN; returns the claim id. */
    String carrier(String bene, String tin, String specialty, String hcpcs, String date, String allowed) {
        return carrier(bene, tin, "1000000001", specialty, hcpcs, "11", date, allowed);
    }

    String carrier(String bene, String tin, String npi, String specialty, String hcpcs, String pos, String date,
                   String allowed) {
        String claim = "C" + (++claimCounter);
        line(claim, 1, bene, "CARRIER", date, date, "", tin, npi, "", specialty, hcpcs, pos, allowed, allowed, "N");
        return claim;
    }

    /** One raw line of claim_lines.csv (amounts: allowed, payment; exclusions 0; processed 20 days later). */
    Fixture line(String claim, int lineNum, String bene, String type, String from, String thru, String admission,
                 String tin, String npi, String ccn, String specialty, String hcpcs, String pos, String allowed,
                 String payment, String covid) {
        String processed = java.time.LocalDate.parse(thru).plusDays(20).toString();
        return rawLine(claim + "," + lineNum + "," + bene + "," + type + "," + from + "," + thru + "," + admission + ","
                + tin + "," + npi + "," + ccn + "," + specialty + "," + hcpcs + "," + pos + ",," + allowed + "," + payment
                + ",0,0,0,0,0," + covid + "," + processed);
    }

    Fixture rawLine(String csvLine) {
        claims.add(csvLine);
        return this;
    }

    String nextClaimId() {
        return "C" + (++claimCounter);
    }

    /** A spend-only line (e.g. an inpatient stay) with payment {@code amount} through {@code thru}. */
    Fixture spend(String bene, String type, String thru, String amount) {
        return line(nextClaimId(), 1, bene, type, thru, thru, "", "", "", "", "", "", "", amount, amount, "N");
    }

    Fixture designation(String bene, String npi, String tin, String date) {
        designations.add(bene + "," + (npi == null ? "" : npi) + "," + (tin == null ? "" : tin) + "," + date);
        return this;
    }

    Fixture otherInitiative(String bene, int year) {
        initiatives.add(bene + "," + year + ",REACH");
        return this;
    }

    /** An optional or overriding file of DATA_DIR (header first). */
    Fixture file(String name, String... lines) {
        extraFiles.put(name, List.of(lines));
        return this;
    }

    void write() throws IOException {
        Files.createDirectories(dir);
        write("aco_participants.csv", "aco_id,list_year,tin,ccn,ccn_type", participants);
        write("aco_providers.csv", "aco_id,list_year,tin,npi,specialty_code,aco_professional", providers);
        write("aco_settings.csv", "aco_id,py,assignment_method,agreement_period_num,agreement_start", settings);
        write("beneficiaries.csv", "bene_id,birth_date,sex,death_date,ssa_state_county", beneficiaries);
        List<String> enrollment = new ArrayList<>();
        months.forEach((bene, rows) -> rows.forEach((month, row) ->
                enrollment.add(bene + "," + month + "," + String.join(",", row.values()))));
        write("enrollment_months.csv",
                "bene_id,month,part_a,part_b,ma_ghp,esrd,disabled,orec,dual_status,ssa_state_county", enrollment);
        write("claim_lines.csv", "claim_id,line_num,bene_id,claim_type,from_date,thru_date,admission_date,billing_tin,"
                + "rendering_npi,facility_ccn,specialty_code,hcpcs,place_of_service,revenue_center,allowed_amount,"
                + "payment_amount,ime_amount,dsh_amount,ucp_amount,ihs_pr_suppl_amount,other_excluded_amount,"
                + "covid_episode_trigger,processed_date", claims);
        write("va_designations.csv", "bene_id,npi,tin,designation_date", designations);
        write("other_initiative_alignment.csv", "bene_id,year,initiative", initiatives);
        for (Map.Entry<String, List<String>> file : extraFiles.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private void write(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    Path dir() {
        return dir;
    }

    /** Writes the files and runs {@code assign --py PY --year Y}. */
    Result assign(int year) throws IOException {
        write();
        Path out = dir.resolveSibling(dir.getFileName() + "-out-" + year);
        return Result.run(new String[] {"--py", String.valueOf(py), "--year", String.valueOf(year), dir.toString(),
                out.toString()}, out);
    }

    Result assign() throws IOException {
        return assign(py);
    }

    /** The exit code, printed lines and output files of one run. */
    record Result(int status, String stdout, String stderr, Path out) {

        static Result run(String[] args, Path out) {
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int status = AssignCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    new PrintStream(stderr, true, StandardCharsets.UTF_8));
            return new Result(status, stdout.toString(StandardCharsets.UTF_8).trim(),
                    stderr.toString(StandardCharsets.UTF_8).trim(), out);
        }

        List<CSVRecord> rows(String file) throws IOException {
            try (Reader reader = Files.newBufferedReader(out.resolve(file));
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                return parser.getRecords();
            }
        }

        /** "ACO/step" of the beneficiary, or "unassigned". */
        String assignmentOf(String bene) throws IOException {
            for (CSVRecord row : rows(AssignmentPipeline.ASSIGNMENT)) {
                if (row.get("bene_id").equals(bene)) {
                    return row.get("aco_id") + "/" + row.get("step");
                }
            }
            return "unassigned";
        }

        CSVRecord assignmentRow(String bene) throws IOException {
            return rows(AssignmentPipeline.ASSIGNMENT).stream().filter(r -> r.get("bene_id").equals(bene)).findFirst()
                    .orElseThrow();
        }

        CSVRecord summary(String aco, String type) throws IOException {
            return rows(AssignmentPipeline.ACO_SUMMARY).stream()
                    .filter(r -> r.get("aco_id").equals(aco) && r.get("type").equals(type)).findFirst().orElseThrow();
        }

        List<CSVRecord> expenditures(String bene) throws IOException {
            return rows(AssignmentPipeline.BENE_EXPENDITURE).stream().filter(r -> r.get("bene_id").equals(bene)).toList();
        }
    }
}
