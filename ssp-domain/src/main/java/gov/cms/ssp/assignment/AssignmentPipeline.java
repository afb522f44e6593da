package gov.cms.ssp.assignment;

import gov.cms.ssp.reconciliation.RoundingPolicy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Assignment and expenditures for one reference PY and year, national scale on a bounded heap:
 * (1) every per-beneficiary input is streamed once, validated and partitioned by bene_id into bucket
 * files; (2) bucket by bucket, each beneficiary is assigned (spec E) and its expenditures computed
 * (spec F.1–F.4), the assignable beneficiaries' annualised amounts kept for derived truncation points;
 * (3) the assigned beneficiaries' amounts are truncated (F.5) and summed per ACO (F.6). Outputs are
 * written to a staging dir and moved into OUT_DIR only when everything succeeded.
 */
public final class AssignmentPipeline {

    public static final String ASSIGNMENT = "assignment.csv";
    public static final String ACO_SUMMARY = "aco_summary.csv";
    public static final String BENE_EXPENDITURE = "bene_expenditure.csv";

    /** Beneficiaries per bucket: a bucket's rows (about 30 claim lines each) must fit the heap with room to spare. */
    static final int BENEFICIARIES_PER_BUCKET = 5_000;

    private static final EnrollmentType[] TYPES = EnrollmentType.values();

    private final int referencePy;
    private final int year;
    private final Path dataDir;
    private final long started = System.nanoTime();

    public AssignmentPipeline(int referencePy, int year, Path dataDir) {
        this.referencePy = referencePy;
        this.year = year;
        this.dataDir = dataDir;
    }

    /** Runs everything and moves the three outputs into {@code outDir}; nothing is written there on a problem. */
    public AssignmentSummary run(Path outDir) throws BadInputException, IOException {
        Path absoluteOut = outDir.toAbsolutePath();
        Path parent = absoluteOut.getParent();
        Files.createDirectories(parent);
        Path stage = Files.createTempDirectory(parent, ".assign-stage-");
        Path work = Files.createTempDirectory("ssp-assign-");
        try {
            AssignmentSummary summary = compute(stage, work);
            Files.createDirectories(absoluteOut);
            for (String name : List.of(ASSIGNMENT, ACO_SUMMARY, BENE_EXPENDITURE)) {
                Files.move(stage.resolve(name), absoluteOut.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            return summary;
        } finally {
            deleteTree(stage);
            deleteTree(work);
        }
    }

    private AssignmentSummary compute(Path stage, Path work) throws BadInputException, IOException {
        ReferenceData reference = ReferenceData.load(dataDir);
        ProgramLists lists = ProgramLists.load(dataDir, referencePy);
        AssignmentContext context = new AssignmentContext(referencePy, year, lists, reference);
        BeneficiaryAssigner assigner = new BeneficiaryAssigner(context);
        InputFiles inputs = new InputFiles(dataDir);

        long expected = inputs.countBeneficiaryLines();
        int bucketCount = (int) Math.max(1, Math.min(2048, (expected + BENEFICIARIES_PER_BUCKET - 1) / BENEFICIARIES_PER_BUCKET));
        Map<EnrollmentType, List<TruncationPoint.Annualised>> derived = new EnumMap<>(EnrollmentType.class);
        for (EnrollmentType type : TYPES) {
            if (reference.threshold(year, type) == null) {
                derived.put(type, new ArrayList<>());
            }
        }
        long beneficiaries;
        long[] steps = new long[AssignmentStep.values().length];
        Path assigned = work.resolve("assigned.bin");
        try (BucketFiles buckets = new BucketFiles(work, bucketCount)) {
            beneficiaries = inputs.partition(buckets);
            buckets.finish();
            phase("validated and partitioned into " + bucketCount + " buckets");
            try (CSVPrinter assignment = printer(stage.resolve(ASSIGNMENT), "year", "ref_py", "aco_id", "bene_id", "step", "cba_also");
                 DataOutputStream amounts = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(assigned), 1 << 16))) {
                // buckets are independent: assign them on every core, write their results in bucket order
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    Deque<Future<BucketResult>> pending = new ArrayDeque<>();
                    for (int bucket = 0; bucket < buckets.count() || !pending.isEmpty(); ) {
                        while (bucket < buckets.count() && pending.size() <= threads) {
                            int next = bucket++;
                            pending.add(pool.submit(() -> processBucket(buckets, next, context, assigner, derived.keySet())));
                        }
                        BucketResult result = await(pending.removeFirst());
                        for (int i = 0; i < result.beneficiaries.size(); i++) {
                            Assignment a = result.assignments.get(i);
                            steps[a.step().ordinal()]++;
                            assignment.printRecord(year, referencePy, a.acoId(), result.beneficiaries.get(i), a.step().code(),
                                    a.cbaAlso() ? "Y" : "N");
                        }
                        result.amounts.writeTo(amounts);
                        result.annualised.forEach((type, values) -> derived.get(type).addAll(values));
                    }
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        phase("assigned; expenditures computed");
        Map<EnrollmentType, TruncationPoint> thresholds = new EnumMap<>(EnrollmentType.class);
        for (EnrollmentType type : TYPES) {
            BigDecimal given = reference.threshold(year, type);
            TruncationPoint point = given != null ? TruncationPoint.of(given) : TruncationPoint.nearestRank99(derived.get(type));
            if (point != null) {
                thresholds.put(type, point);
            }
        }
        derived.clear();
        Map<String, AcoTotals> totals = truncateAndSum(assigned, stage.resolve(BENE_EXPENDITURE), thresholds);
        writeSummary(stage.resolve(ACO_SUMMARY), lists, totals, reference.completionFactor(year));
        phase("truncated and summed");
        long assignedCount = Stream.of(AssignmentStep.values()).mapToLong(s -> steps[s.ordinal()]).sum();
        int acosWithBeneficiaries = (int) totals.values().stream().filter(t -> t.assigned() > 0).count();
        return new AssignmentSummary(beneficiaries, assignedCount, acosWithBeneficiaries,
                steps[AssignmentStep.VA.ordinal()], steps[AssignmentStep.STEP_1.ordinal()],
                steps[AssignmentStep.STEP_2.ordinal()], steps[AssignmentStep.STEP_3.ordinal()]);
    }

    /** What one bucket hands back: its assignments in order, the assigned amounts, the assignable annualised values. */
    private static final class BucketResult {
        final List<String> beneficiaries = new ArrayList<>();
        final List<Assignment> assignments = new ArrayList<>();
        final java.io.ByteArrayOutputStream amounts = new java.io.ByteArrayOutputStream();
        final Map<EnrollmentType, List<TruncationPoint.Annualised>> annualised = new EnumMap<>(EnrollmentType.class);
    }

    /** Spec E and F.1–F.4 for every beneficiary of one bucket. */
    private BucketResult processBucket(BucketFiles buckets, int bucket, AssignmentContext context,
                                       BeneficiaryAssigner assigner, java.util.Set<EnrollmentType> derivedTypes)
            throws IOException, BadInputException {
        BucketResult result = new BucketResult();
        for (EnrollmentType type : derivedTypes) {
            result.annualised.put(type, new ArrayList<>());
        }
        DataOutputStream amounts = new DataOutputStream(result.amounts);
        for (Beneficiary bene : BucketReader.read(buckets, bucket).values()) {
            PrimaryCareLines pc = PrimaryCareLines.of(bene, context);
            Assignment assignment = assigner.assign(bene, pc);
            BeneficiaryExpenditure expenditure = null;
            if (assignment != null) {
                result.beneficiaries.add(bene.id);
                result.assignments.add(assignment);
                expenditure = BeneficiaryExpenditure.of(bene, year, context.reference);
                amounts.writeUTF(bene.id);
                amounts.writeUTF(assignment.acoId());
                expenditure.writeTo(amounts);
            }
            if (!derivedTypes.isEmpty() && assigner.isAssignable(bene, pc)) {
                if (expenditure == null) {
                    expenditure = BeneficiaryExpenditure.of(bene, year, context.reference);
                }
                for (EnrollmentType type : derivedTypes) {
                    int months = expenditure.months(type);
                    if (months >= 1) {
                        result.annualised.get(type).add(new TruncationPoint.Annualised(expenditure.raw(type), months));
                    }
                }
            }
        }
        buckets.delete(bucket);
        return result;
    }

    private static BucketResult await(Future<BucketResult> future) throws IOException, BadInputException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BadInputException bad) {
                throw bad;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** F.5 per assigned beneficiary and type, written to bene_expenditure.csv and summed per ACO (F.6). */
    private Map<String, AcoTotals> truncateAndSum(Path assigned, Path out, Map<EnrollmentType, TruncationPoint> thresholds)
            throws IOException {
        Map<String, AcoTotals> totals = new TreeMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(assigned), 1 << 16));
             CSVPrinter rows = printer(out, "year", "aco_id", "bene_id", "type", "months", "person_years", "raw",
                     "annualised", "truncated")) {
            while (true) {
                String bene;
                try {
                    bene = in.readUTF();
                } catch (EOFException end) {
                    break;
                }
                String aco = in.readUTF();
                BeneficiaryExpenditure expenditure = BeneficiaryExpenditure.readFrom(in);
                AcoTotals acoTotals = totals.computeIfAbsent(aco, a -> new AcoTotals());
                acoTotals.countBeneficiary();
                for (EnrollmentType type : TYPES) {
                    int months = expenditure.months(type);
                    if (months == 0) {
                        continue;
                    }
                    BigDecimal raw = expenditure.raw(type);
                    TruncationPoint point = thresholds.get(type);
                    BigDecimal scaled = point == null ? raw.multiply(TruncationPoint.SCALE) : point.truncateScaled(raw, months);
                    acoTotals.add(type, months, scaled);
                    BigDecimal truncated = TruncationPoint.unscale(scaled);
                    BigDecimal annualised = RoundingPolicy.divide(
                            raw.multiply(BigDecimal.valueOf(12)), BigDecimal.valueOf(months));
                    rows.printRecord(year, aco, bene, type, months, OutputFormat.personYears(months),
                            OutputFormat.money(raw), OutputFormat.money(annualised), OutputFormat.money(truncated));
                }
            }
        }
        return totals;
    }

    /** aco_summary.csv: five rows per ACO of the reference PY (four types and TOTAL). */
    private void writeSummary(Path out, ProgramLists lists, Map<String, AcoTotals> totals, BigDecimal completionFactor)
            throws IOException {
        TreeMap<String, AcoTotals> all = new TreeMap<>(totals);
        for (String aco : lists.acos()) {
            all.putIfAbsent(aco, new AcoTotals());
        }
        try (CSVPrinter rows = printer(out, "year", "aco_id", "type", "person_years", "expenditure", "per_capita", "n_ab")) {
            for (Map.Entry<String, AcoTotals> entry : all.entrySet()) {
                AcoTotals aco = entry.getValue();
                for (EnrollmentType type : TYPES) {
                    rows.printRecord(year, entry.getKey(), type, OutputFormat.personYears(aco.months(type)),
                            OutputFormat.money(aco.expenditure(type, completionFactor)),
                            OutputFormat.money(aco.perCapita(type, completionFactor)), aco.assigned());
                }
                rows.printRecord(year, entry.getKey(), "TOTAL", OutputFormat.personYears(aco.totalMonths()),
                        OutputFormat.money(aco.totalExpenditure(completionFactor)),
                        OutputFormat.money(aco.totalPerCapita(completionFactor)), aco.assigned());
            }
        }
    }

    /** With -Dssp.assign.timing=true, the elapsed time of each phase on stderr (for the benchmark). */
    private void phase(String name) {
        if (Boolean.getBoolean("ssp.assign.timing")) {
            System.err.printf("[assign] %6.1f s  %s%n", (System.nanoTime() - started) / 1e9, name);
        }
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator('\n').get());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
