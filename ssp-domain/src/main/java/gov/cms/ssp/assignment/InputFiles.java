package gov.cms.ssp.assignment;

import java.io.BufferedInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The per-beneficiary section A files (A.1–A.3, A.7, A.8): each streamed once, every cell validated,
 * every row written to its beneficiary's bucket. Problems that need all of a beneficiary's rows
 * (unknown beneficiaries, duplicate keys, overlapping months) are found bucket by bucket in
 * {@link BucketReader}.
 */
final class InputFiles {

    static final String BENEFICIARIES = "beneficiaries.csv";
    static final String ENROLLMENT = "enrollment_months.csv";
    static final String CLAIMS = "claim_lines.csv";
    static final String DESIGNATIONS = "va_designations.csv";
    static final String OTHER_INITIATIVES = "other_initiative_alignment.csv";

    private static final Set<String> SEX = Set.of("0", "1", "2");
    private static final Set<String> OREC = Set.of("0", "1", "2", "3");

    private final Path dataDir;

    InputFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    private CsvSource open(String name, List<String> columns) throws BadInputException, IOException {
        Path file = dataDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(name, 0, null, "the file is missing from " + dataDir);
        }
        return CsvSource.open(name, Files.newInputStream(file), columns);
    }

    /** The number of data rows of beneficiaries.csv (its lines after the header), to size the buckets. */
    long countBeneficiaryLines() throws IOException {
        Path file = dataDir.resolve(BENEFICIARIES);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return Math.max(0, lines - 1);
    }

    /** Where a validated row goes: a bucket file, or nowhere (validation only). */
    interface RowSink {
        DataOutputStream start(byte tag, String beneId) throws IOException;
    }

    /** A sink that keeps nothing: validates a file without partitioning it. */
    static final RowSink NOWHERE = new RowSink() {
        private final DataOutputStream none = new DataOutputStream(java.io.OutputStream.nullOutputStream());

        @Override
        public DataOutputStream start(byte tag, String beneId) {
            return none;
        }
    };

    /** The per-beneficiary files with their columns, in the order they are partitioned. */
    static final java.util.Map<String, List<String>> COLUMNS = java.util.Map.of(
            BENEFICIARIES, List.of("bene_id", "birth_date", "sex", "death_date", "ssa_state_county"),
            ENROLLMENT, List.of("bene_id", "month", "part_a", "part_b", "ma_ghp", "esrd", "disabled", "orec", "dual_status",
                    "ssa_state_county"),
            CLAIMS, List.of("claim_id", "line_num", "bene_id", "claim_type", "from_date", "thru_date", "admission_date",
                    "billing_tin", "rendering_npi", "facility_ccn", "specialty_code", "hcpcs", "place_of_service",
                    "revenue_center", "allowed_amount", "payment_amount", "ime_amount", "dsh_amount", "ucp_amount",
                    "ihs_pr_suppl_amount", "other_excluded_amount", "covid_episode_trigger", "processed_date"),
            DESIGNATIONS, List.of("bene_id", "npi", "tin", "designation_date"),
            OTHER_INITIATIVES, List.of("bene_id", "year", "initiative"));

    static final List<String> ORDER = List.of(BENEFICIARIES, ENROLLMENT, CLAIMS, DESIGNATIONS, OTHER_INITIATIVES);

    /** Streams every per-beneficiary file into the buckets; returns the number of beneficiaries. */
    long partition(BucketFiles buckets) throws BadInputException, IOException {
        long beneficiaries = 0;
        for (String name : ORDER) {
            try (CsvSource in = open(name, COLUMNS.get(name))) {
                while (in.next()) {
                    row(name, in, buckets::start);
                    if (name.equals(BENEFICIARIES)) {
                        beneficiaries++;
                    }
                }
            }
        }
        return beneficiaries;
    }

    /**
     * Checks every cell of one per-beneficiary file, streamed, and returns its problems (at most
     * {@code limit}, in file order); an empty list means every row is well formed.
     */
    static List<BadInputException> check(String name, InputStream content, int limit) throws IOException {
        List<BadInputException> problems = new java.util.ArrayList<>();
        try (CsvSource in = CsvSource.open(name, content, COLUMNS.get(name))) {
            while (problems.size() < limit) {
                try {
                    if (!in.next()) {
                        break;
                    }
                    row(name, in, NOWHERE);
                } catch (BadInputException problem) {
                    problems.add(problem);
                    if (problem.getMessage() != null && problem.getMessage().contains("malformed CSV")) {
                        break;
                    }
                }
            }
        } catch (BadInputException header) {
            problems.add(header);
        }
        return problems;
    }

    private static void row(String name, CsvSource in, RowSink sink) throws BadInputException, IOException {
        switch (name) {
            case BENEFICIARIES -> {
                String bene = in.required("bene_id");
                int birth = in.date("birth_date", true);
                in.oneOf("sex", SEX, false);
                int death = in.date("death_date", true);
                String county = in.text("ssa_state_county");
                DataOutputStream out = sink.start(BucketFiles.BENEFICIARY, bene);
                out.writeInt(birth);
                out.writeInt(death);
                BinaryIo.writeString(out, county);
                out.writeLong(in.line());
            }
            case ENROLLMENT -> {
                String bene = in.required("bene_id");
                EnrollmentMonth month = new EnrollmentMonth(in.month("month"), in.flag("part_a"), in.flag("part_b"),
                        in.flag("ma_ghp"), in.flag("esrd"), in.optionalFlag("disabled"), in.text("dual_status"),
                        in.text("ssa_state_county"), in.line());
                in.oneOf("orec", OREC, true);
                month.writeTo(sink.start(BucketFiles.MONTH, bene));
            }
            case CLAIMS -> claimLine(in, sink);
            case DESIGNATIONS -> {
                String bene = in.required("bene_id");
                String npi = in.text("npi");
                String tin = in.text("tin");
                int date = in.date("designation_date", false);
                DataOutputStream out = sink.start(BucketFiles.DESIGNATION, bene);
                BinaryIo.writeString(out, npi);
                BinaryIo.writeString(out, tin);
                out.writeInt(date);
                out.writeLong(in.line());
            }
            case OTHER_INITIATIVES -> {
                String bene = in.required("bene_id");
                int year = in.integer("year");
                in.required("initiative");
                DataOutputStream out = sink.start(BucketFiles.OTHER_INITIATIVE, bene);
                out.writeInt(year);
                out.writeLong(in.line());
            }
            default -> throw new IllegalArgumentException("not a per-beneficiary file: " + name);
        }
    }

    private static void claimLine(CsvSource in, RowSink buckets) throws BadInputException, IOException {
        String claimId = in.required("claim_id");
        int lineNum = in.integer("line_num");
        String bene = in.required("bene_id");
        ClaimType type = in.enumValue("claim_type", ClaimType.class, false);
        int from = in.date("from_date", false);
        int thru = in.date("thru_date", false);
        if (thru < from) {
            throw in.problem("thru_date", "is before from_date");
        }
        int admission = in.date("admission_date", true);
        String tin = in.text("billing_tin");
        String npi = in.text("rendering_npi");
        String ccn = in.text("facility_ccn");
        String specialty = in.text("specialty_code");
        String hcpcs = in.text("hcpcs");
        String pos = in.text("place_of_service");
        in.text("revenue_center");
        BigDecimal allowed = in.decimal("allowed_amount", false);
        BigDecimal payment = in.decimal("payment_amount", false);
        BigDecimal excluded = in.decimal("ime_amount", true).add(in.decimal("dsh_amount", true))
                .add(in.decimal("ucp_amount", true)).add(in.decimal("ihs_pr_suppl_amount", true))
                .add(in.decimal("other_excluded_amount", true));
        Boolean covid = in.optionalFlag("covid_episode_trigger");
        int processed = in.date("processed_date", false);
        new ClaimLine(claimId, lineNum, type, from, thru, admission, tin, npi, ccn, specialty, hcpcs, pos, allowed,
                excluded.signum() == 0 ? payment : payment.subtract(excluded), Boolean.TRUE.equals(covid), processed,
                in.line()).writeTo(buckets.start(BucketFiles.CLAIM, bene));
    }
}
