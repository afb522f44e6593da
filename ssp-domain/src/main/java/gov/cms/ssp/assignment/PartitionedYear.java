package gov.cms.ssp.assignment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same pipeline as {@link AssignmentPipeline}, cut where a batch job cuts it (the application's
 * assignment job runs exactly these classes): {@link #partition} streams and validates the year's
 * files into bucket files once; {@link #assignBucket} assigns one bucket's beneficiaries and computes
 * their expenditures (spec E, F.1–F.4), independently of every other bucket; {@link #totals} then
 * fixes the truncation points (F.5) and sums per ACO (F.6) over the stored results, in any order.
 */
public final class PartitionedYear {

    /** The per-beneficiary section A files (A.1–A.3, A.7, A.8), which must be checked row by row. */
    public static final List<String> BENEFICIARY_FILES = InputFiles.ORDER;
    /** The program files (A.4–A.6): the reference PY's lists. */
    public static final List<String> PROGRAM_FILES = List.of(ProgramLists.PARTICIPANTS, ProgramLists.PROVIDERS,
            ProgramLists.SETTINGS);
    /** Optional reference files a year may carry (spec A.9). */
    public static final List<String> OPTIONAL_FILES = List.of(ReferenceData.ETA_HOSPITALS,
            ReferenceData.COMPLETION_FACTORS, ReferenceData.PC_CODES, ReferenceData.US_RESIDENCE, ReferenceData.VA_CUTOFF);
    /** The national truncation points of spec F.5, written by the application from its reference data. */
    public static final String TRUNCATION_THRESHOLDS = ReferenceData.THRESHOLDS;

    private static final EnrollmentType[] TYPES = EnrollmentType.values();

    private final int referencePy;
    private final int year;
    private final Path dataDir;
    private final AssignmentContext context;
    private final BeneficiaryAssigner assigner;
    private final Set<EnrollmentType> derivedTypes = EnumSet.noneOf(EnrollmentType.class);

    private PartitionedYear(int referencePy, int year, int quarter, Path dataDir) throws BadInputException, IOException {
        this.referencePy = referencePy;
        this.year = year;
        this.dataDir = dataDir;
        ReferenceData reference = ReferenceData.load(dataDir);
        this.context = new AssignmentContext(referencePy, year, quarter, ProgramLists.load(dataDir, referencePy), reference);
        this.assigner = new BeneficiaryAssigner(context);
        for (EnrollmentType type : TYPES) {
            if (reference.threshold(year, type) == null) {
                derivedTypes.add(type);
            }
        }
    }

    /** Reads the reference data and the reference PY's lists of a folder holding a year's section A files. */
    public static PartitionedYear of(int referencePy, int year, Path dataDir) throws BadInputException, IOException {
        return new PartitionedYear(referencePy, year, 0, dataDir);
    }

    /**
     * The same for a quarterly assignment report of the PY ({@code quarter} 1–4; 0 is the year's final
     * assignment): the one engine with the quarter's windows (see {@link AssignmentContext}); months and
     * amounts are those of the year to date.
     */
    public static PartitionedYear ofQuarter(int referencePy, int year, int quarter, Path dataDir)
            throws BadInputException, IOException {
        return new PartitionedYear(referencePy, year, quarter, dataDir);
    }

    /**
     * Checks every cell of one per-beneficiary file (streamed, never held whole) and returns its problems,
     * at most {@code limit}; empty when every row is well formed. The checks that need several files
     * (unknown beneficiaries, duplicate keys) are made by {@link #assignBucket}.
     */
    public static List<BadInputException> checkFile(String name, InputStream content, int limit) throws IOException {
        if (!BENEFICIARY_FILES.contains(name)) {
            throw new IllegalArgumentException("not a per-beneficiary file: " + name);
        }
        return InputFiles.check(name, content, limit);
    }

    /** Checks the program and reference files of a folder as a whole (they are small): null when they are fine. */
    public static BadInputException checkProgramFiles(Path dataDir, int referencePy) throws IOException {
        try {
            ReferenceData.load(dataDir);
            ProgramLists.load(dataDir, referencePy);
            return null;
        } catch (BadInputException problem) {
            return problem;
        }
    }

    private static final Map<String, String> PROGRAM_HEADERS = Map.of(
            ProgramLists.PARTICIPANTS, "aco_id,list_year,tin,ccn,ccn_type",
            ProgramLists.PROVIDERS, "aco_id,list_year,tin,npi,specialty_code,aco_professional",
            ProgramLists.SETTINGS, "aco_id,py,assignment_method,agreement_period_num,agreement_start");

    /**
     * Checks one program or reference file (A.4–A.6, A.9) on its own: the file's problem, or null when it
     * is well formed. The other program files are stood in for by empty ones.
     */
    public static BadInputException checkSmallFile(String name, Path file) throws IOException {
        if (!PROGRAM_FILES.contains(name) && !OPTIONAL_FILES.contains(name)) {
            throw new IllegalArgumentException("not a program or reference file: " + name);
        }
        Path scratch = Files.createTempDirectory("ssp-check-");
        try {
            Files.createSymbolicLink(scratch.resolve(name), file.toAbsolutePath());
            for (String program : PROGRAM_FILES) {
                if (!program.equals(name)) {
                    Files.writeString(scratch.resolve(program), PROGRAM_HEADERS.get(program) + "\n");
                }
            }
            try {
                ReferenceData.load(scratch);
                ProgramLists.load(scratch, 0);
                return null;
            } catch (BadInputException problem) {
                return name.equals(problem.file()) ? problem : null;
            }
        } finally {
            try (var paths = Files.list(scratch)) {
                for (Path path : paths.toList()) {
                    Files.deleteIfExists(path);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    /** How many buckets a year of {@code beneficiaries} is cut into: 5,000 a bucket, at least {@code minimum}. */
    public static int bucketCount(long beneficiaries, int minimum) {
        long bySize = (beneficiaries + AssignmentPipeline.BENEFICIARIES_PER_BUCKET - 1) / AssignmentPipeline.BENEFICIARIES_PER_BUCKET;
        return (int) Math.max(1, Math.min(2048, Math.max(bySize, Math.min(minimum, beneficiaries))));
    }

    /** The number of beneficiaries in beneficiaries.csv (its lines after the header). */
    public long countBeneficiaries() throws IOException {
        return new InputFiles(dataDir).countBeneficiaryLines();
    }

    /** Validates and partitions every per-beneficiary file into {@code bucketCount} bucket files in {@code bucketDir}. */
    public long partition(Path bucketDir, int bucketCount) throws BadInputException, IOException {
        Files.createDirectories(bucketDir);
        BucketFiles buckets = new BucketFiles(bucketDir, bucketCount);
        long beneficiaries = new InputFiles(dataDir).partition(buckets);
        buckets.finish();
        return beneficiaries;
    }

    /** The enrollment types whose truncation point is derived from the assignable beneficiaries (none is given). */
    public Set<EnrollmentType> derivedTypes() {
        return derivedTypes.isEmpty() ? EnumSet.noneOf(EnrollmentType.class) : EnumSet.copyOf(derivedTypes);
    }

    /** Every ACO of the reference PY. */
    public Set<String> acos() {
        return context.lists.acos();
    }

    /** One assigned beneficiary of a bucket with its months and untruncated amounts by type. */
    public record AssignedBeneficiary(String beneId, String acoId, AssignmentStep step, boolean cbaAlso,
                                      String participantTin, String stateCounty,
                                      Map<EnrollmentType, Integer> months, Map<EnrollmentType, BigDecimal> raw) {
    }

    /** An assignable beneficiary's amount and months of one type, for a derived truncation point. */
    public record AssignableAmount(EnrollmentType type, BigDecimal raw, int months) {
    }

    /**
     * What one bucket yields: its assigned beneficiaries, its beneficiary count, the amounts for derived
     * points, and the TINs that billed any claim line of year Y (a clinic line counts for the participant
     * TINs its CCN is enrolled under) — so that a TIN with no estimate can be told from one estimated at 0.
     */
    public record BucketOutcome(int bucket, int beneficiaries, List<AssignedBeneficiary> assigned,
                                List<AssignableAmount> assignable, Set<String> billingTins) {
    }

    /** Spec E and F.1–F.4 for every beneficiary of one bucket written by {@link #partition}. */
    public BucketOutcome assignBucket(Path bucketDir, int bucketCount, int bucket) throws BadInputException, IOException {
        Map<String, Beneficiary> beneficiaries = BucketReader.read(BucketFiles.finished(bucketDir, bucketCount), bucket);
        List<AssignedBeneficiary> assigned = new ArrayList<>();
        List<AssignableAmount> assignable = new ArrayList<>();
        Set<String> billingTins = new java.util.HashSet<>();
        for (Beneficiary bene : beneficiaries.values()) {
            for (ClaimLine line : bene.lines) {
                if (Days.yearOf(line.from) == year) {
                    if (line.billingTin != null && !line.billingTin.isEmpty() && line.billingTin.length() <= 9) {
                        billingTins.add(line.billingTin);
                    }
                    if (line.facilityCcn != null) {
                        billingTins.addAll(context.lists.tinsOfCcn(line.facilityCcn));
                    }
                }
            }
            PrimaryCareLines pc = PrimaryCareLines.of(bene, context);
            Assignment assignment = assigner.assign(bene, pc);
            BeneficiaryExpenditure expenditure = null;
            if (assignment != null) {
                expenditure = BeneficiaryExpenditure.of(bene, year, context.monthsCounted(), context.reference);
                Map<EnrollmentType, Integer> months = new EnumMap<>(EnrollmentType.class);
                Map<EnrollmentType, BigDecimal> raw = new EnumMap<>(EnrollmentType.class);
                for (EnrollmentType type : TYPES) {
                    if (expenditure.months(type) > 0) {
                        months.put(type, expenditure.months(type));
                        raw.put(type, expenditure.raw(type));
                    }
                }
                assigned.add(new AssignedBeneficiary(bene.id, assignment.acoId(), assignment.step(), assignment.cbaAlso(),
                        participantTin(bene, pc, assignment), residence(bene), months, raw));
            }
            if (!derivedTypes.isEmpty() && assigner.isAssignable(bene, pc)) {
                if (expenditure == null) {
                    expenditure = BeneficiaryExpenditure.of(bene, year, context.monthsCounted(), context.reference);
                }
                for (EnrollmentType type : derivedTypes) {
                    if (expenditure.months(type) >= 1) {
                        assignable.add(new AssignableAmount(type, expenditure.raw(type), expenditure.months(type)));
                    }
                }
            }
        }
        return new BucketOutcome(bucket, beneficiaries.size(), assigned, assignable, billingTins);
    }

    /**
     * The participant TIN a beneficiary is reported under: of the assigned ACO's primary care lines in the
     * window of its methodology, the TIN with the most allowed charges (a clinic line counts for the TIN its
     * CCN is enrolled under); for voluntary alignment without such lines, the designation's TIN; else null.
     */
    private String participantTin(Beneficiary bene, PrimaryCareLines pc, Assignment assignment) {
        String aco = assignment.acoId();
        Window window = context.w12(context.lists.methodOf(aco));
        Map<String, BigDecimal> byTin = new TreeMap<>();
        for (PcLine line : pc.in(window)) {
            if (line.entity() == null || !aco.equals(line.entity().acoId())) {
                continue;
            }
            String tin = line.line().type == ClaimType.CARRIER ? line.line().billingTin
                    : context.lists.tinsOfCcn(line.line().facilityCcn).stream()
                            .filter(t -> context.lists.acosOfTin(t).contains(aco)).findFirst().orElse(null);
            if (tin != null) {
                byTin.merge(tin, line.line().allowed, BigDecimal::add);
            }
        }
        String best = null;
        for (Map.Entry<String, BigDecimal> entry : byTin.entrySet()) {
            if (best == null || entry.getValue().compareTo(byTin.get(best)) > 0) {
                best = entry.getKey();
            }
        }
        if (best == null && assignment.step() == AssignmentStep.VA) {
            Designation designation = VoluntaryAlignment.designationInForce(bene, context.reference.vaCutoff(year));
            best = designation == null ? null : designation.tin();
        }
        return best;
    }

    /** The state and county of residence at the end of the year: the latest month that names one, else A.1's. */
    private String residence(Beneficiary bene) {
        String latest = null;
        int latestMonth = Integer.MIN_VALUE;
        for (EnrollmentMonth month : bene.months) {
            if (month.stateCounty != null && month.month >= latestMonth && month.month <= Months.of(year, 1) + context.monthsCounted() - 1) {
                latest = month.stateCounty;
                latestMonth = month.month;
            }
        }
        return latest != null ? latest : bene.stateCounty;
    }

    /** Per ACO and year: truncated expenditures, person-years and the head count, exactly as aco_summary.csv. */
    public final class Totals {
        private final Map<EnrollmentType, TruncationPoint> points = new EnumMap<>(EnrollmentType.class);
        private final Map<String, AcoTotals> byAco = new HashMap<>();

        private Totals(Map<EnrollmentType, List<AssignableAmount>> derived) {
            for (EnrollmentType type : TYPES) {
                BigDecimal given = context.reference.threshold(year, type);
                TruncationPoint point;
                if (given != null) {
                    point = TruncationPoint.of(given);
                } else {
                    List<TruncationPoint.Annualised> values = new ArrayList<>();
                    for (AssignableAmount amount : derived.getOrDefault(type, List.of())) {
                        values.add(new TruncationPoint.Annualised(amount.raw(), amount.months()));
                    }
                    point = TruncationPoint.nearestRank99(values);
                }
                if (point != null) {
                    points.put(type, point);
                }
            }
        }

        /** The truncation point of a type in dollars (unrounded), null when there is none. */
        public BigDecimal truncationPoint(EnrollmentType type) {
            TruncationPoint point = points.get(type);
            return point == null ? null : point.amount();
        }

        /** Counts one assigned beneficiary of the ACO (N_AB). */
        public void countBeneficiary(String acoId) {
            byAco.computeIfAbsent(acoId, a -> new AcoTotals()).countBeneficiary();
        }

        /** Adds one beneficiary's months and amount of a type; returns E′ (F.5) rounded to cents as in bene_expenditure.csv. */
        public BigDecimal add(String acoId, EnrollmentType type, int months, BigDecimal raw) {
            TruncationPoint point = points.get(type);
            BigDecimal scaled = point == null ? raw.multiply(TruncationPoint.SCALE) : point.truncateScaled(raw, months);
            byAco.computeIfAbsent(acoId, a -> new AcoTotals()).add(type, months, scaled);
            return cents(TruncationPoint.unscale(scaled));
        }

        /** The five rows of every ACO (four types and TOTAL, type null), with the ACOs of the PY that have no one. */
        public List<SummaryRow> summary(Collection<String> everyAco) {
            BigDecimal factor = context.reference.completionFactor(year);
            TreeMap<String, AcoTotals> all = new TreeMap<>(byAco);
            everyAco.forEach(aco -> all.putIfAbsent(aco, new AcoTotals()));
            List<SummaryRow> rows = new ArrayList<>();
            all.forEach((aco, t) -> {
                for (EnrollmentType type : TYPES) {
                    rows.add(new SummaryRow(aco, type, t.months(type), cents(t.expenditure(type, factor)),
                            cents(t.perCapita(type, factor)), t.assigned()));
                }
                rows.add(new SummaryRow(aco, null, t.totalMonths(), cents(t.totalExpenditure(factor)),
                        cents(t.totalPerCapita(factor)), t.assigned()));
            });
            return rows;
        }
    }

    /**
     * The five rows of one ACO, after its beneficiaries were counted and added; its sums are then
     * forgotten, so that a year can be summed ACO by ACO (one transaction each) with bounded memory.
     */
    public List<SummaryRow> takeSummary(Totals totals, String acoId) {
        AcoTotals t = totals.byAco.remove(acoId);
        if (t == null) {
            t = new AcoTotals();
        }
        BigDecimal factor = context.reference.completionFactor(year);
        List<SummaryRow> rows = new ArrayList<>();
        for (EnrollmentType type : TYPES) {
            rows.add(new SummaryRow(acoId, type, t.months(type), cents(t.expenditure(type, factor)),
                    cents(t.perCapita(type, factor)), t.assigned()));
        }
        rows.add(new SummaryRow(acoId, null, t.totalMonths(), cents(t.totalExpenditure(factor)),
                cents(t.totalPerCapita(factor)), t.assigned()));
        return rows;
    }

    /** One row of aco_summary.csv; {@code type} null for TOTAL; person-years = months / 12. */
    public record SummaryRow(String acoId, EnrollmentType type, long months, BigDecimal expenditure, BigDecimal perCapita,
                             int assigned) {
    }

    /** Fixes the truncation points from the given thresholds or the assignable amounts of every bucket. */
    public Totals totals(Map<EnrollmentType, List<AssignableAmount>> derived) {
        return new Totals(derived);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public int referencePy() {
        return referencePy;
    }

    public int year() {
        return year;
    }
}
