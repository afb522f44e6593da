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

    /** Streams every per-beneficiary file into the buckets; returns the number of beneficiaries. */
    long partition(BucketFiles buckets) throws BadInputException, IOException {
        long beneficiaries = 0;
        try (CsvSource in = open(BENEFICIARIES, List.of("bene_id", "birth_date", "sex", "death_date", "ssa_state_county"))) {
            while (in.next()) {
                String bene = in.required("bene_id");
                int birth = in.date("birth_date", true);
                in.oneOf("sex", SEX, false);
                int death = in.date("death_date", true);
                String county = in.text("ssa_state_county");
                DataOutputStream out = buckets.start(BucketFiles.BENEFICIARY, bene);
                out.writeInt(birth);
                out.writeInt(death);
                BinaryIo.writeString(out, county);
                out.writeLong(in.line());
                beneficiaries++;
            }
        }
        try (CsvSource in = open(ENROLLMENT, List.of("bene_id", "month", "part_a", "part_b", "ma_ghp", "esrd",
                "disabled", "orec", "dual_status", "ssa_state_county"))) {
            while (in.next()) {
                String bene = in.required("bene_id");
                EnrollmentMonth month = new EnrollmentMonth(in.month("month"), in.flag("part_a"), in.flag("part_b"),
                        in.flag("ma_ghp"), in.flag("esrd"), in.optionalFlag("disabled"), in.text("dual_status"),
                        in.text("ssa_state_county"), in.line());
                in.oneOf("orec", OREC, true);
                month.writeTo(buckets.start(BucketFiles.MONTH, bene));
            }
        }
        try (CsvSource in = open(CLAIMS, List.of("claim_id", "line_num", "bene_id", "claim_type", "from_date",
                "thru_date", "admission_date", "billing_tin", "rendering_npi", "facility_ccn", "specialty_code", "hcpcs",
                "place_of_service", "revenue_center", "allowed_amount", "payment_amount", "ime_amount", "dsh_amount",
                "ucp_amount", "ihs_pr_suppl_amount", "other_excluded_amount", "covid_episode_trigger", "processed_date"))) {
            while (in.next()) {
                claimLine(in, buckets);
            }
        }
        try (CsvSource in = open(DESIGNATIONS, List.of("bene_id", "npi", "tin", "designation_date"))) {
            while (in.next()) {
                String bene = in.required("bene_id");
                String npi = in.text("npi");
                String tin = in.text("tin");
                int date = in.date("designation_date", false);
                DataOutputStream out = buckets.start(BucketFiles.DESIGNATION, bene);
                BinaryIo.writeString(out, npi);
                BinaryIo.writeString(out, tin);
                out.writeInt(date);
                out.writeLong(in.line());
            }
        }
        try (CsvSource in = open(OTHER_INITIATIVES, List.of("bene_id", "year", "initiative"))) {
            while (in.next()) {
                String bene = in.required("bene_id");
                int year = in.integer("year");
                in.required("initiative");
                DataOutputStream out = buckets.start(BucketFiles.OTHER_INITIATIVE, bene);
                out.writeInt(year);
                out.writeLong(in.line());
            }
        }
        return beneficiaries;
    }

    private static void claimLine(CsvSource in, BucketFiles buckets) throws BadInputException, IOException {
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
