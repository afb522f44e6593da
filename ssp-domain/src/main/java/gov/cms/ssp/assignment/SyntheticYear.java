package gov.cms.ssp.assignment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A national-shaped synthetic year in the section A format, deterministic for a seed and streamed to
 * disk beneficiary by beneficiary: enrollment for Y−1 and Y (deaths, Medicare Advantage and Part B
 * gaps, duals, ESRD, disability, a few foreign residents), about 30 claim lines per beneficiary (primary
 * care at a home TIN or clinic, specialists, labs, outpatient, inpatient with heavy-tailed costs and
 * IME/DSH, SNF, home health, hospice, DME, processing lags past the run-out), voluntary alignments and
 * other-initiative rows.
 */
public final class SyntheticYear {

    private static final String[] PC_CODES = {"99213", "99213", "99213", "99214", "99214", "99214", "99212", "99215",
        "G0439", "99490", "99495", "99497", "99309", "99347", "99204", "G2211"};
    private static final String[] OTHER_CARRIER_CODES = {"80053", "85025", "71046", "93000", "36415", "97110", "20610",
        "J1100", "88305", "74177"};
    private static final String[] DUAL_CODES = {"02", "02", "08", "01", "04"};

    private final int beneficiaries;
    private final int year;
    private final SplittableRandom random;
    private final String[] dateText;
    private final int firstDay;
    private long claimCounter;
    private long lines;

    public SyntheticYear(int beneficiaries, long seed, int year) {
        this.beneficiaries = beneficiaries;
        this.year = year;
        this.random = new SplittableRandom(seed);
        this.firstDay = Days.of(year - 3, 1, 1);
        int last = Days.of(year + 2, 12, 31);
        this.dateText = new String[last - firstDay + 1];
        for (int d = firstDay; d <= last; d++) {
            dateText[d - firstDay] = LocalDate.ofEpochDay(d).toString();
        }
    }

    /** Writes every section A file into {@code dir}; returns the number of claim lines. */
    public long write(Path dir) throws IOException {
        Files.createDirectories(dir);
        SyntheticProgram program = new SyntheticProgram(beneficiaries, year, random);
        program.write(dir);
        try (BufferedWriter benes = SyntheticProgram.writer(dir, InputFiles.BENEFICIARIES,
                "bene_id,birth_date,sex,death_date,ssa_state_county");
             BufferedWriter months = SyntheticProgram.writer(dir, InputFiles.ENROLLMENT,
                     "bene_id,month,part_a,part_b,ma_ghp,esrd,disabled,orec,dual_status,ssa_state_county");
             BufferedWriter claims = SyntheticProgram.writer(dir, InputFiles.CLAIMS, "claim_id,line_num,bene_id,"
                     + "claim_type,from_date,thru_date,admission_date,billing_tin,rendering_npi,facility_ccn,specialty_code,"
                     + "hcpcs,place_of_service,revenue_center,allowed_amount,payment_amount,ime_amount,dsh_amount,"
                     + "ucp_amount,ihs_pr_suppl_amount,other_excluded_amount,covid_episode_trigger,processed_date");
             BufferedWriter va = SyntheticProgram.writer(dir, InputFiles.DESIGNATIONS, "bene_id,npi,tin,designation_date");
             BufferedWriter other = SyntheticProgram.writer(dir, InputFiles.OTHER_INITIATIVES, "bene_id,year,initiative")) {
            StringBuilder row = new StringBuilder(256);
            for (int b = 0; b < beneficiaries; b++) {
                beneficiary(program, String.format("1S%09d", b), benes, months, claims, va, other, row);
            }
        }
        return lines;
    }

    private void beneficiary(SyntheticProgram program, String bene, BufferedWriter benes, BufferedWriter months,
                             BufferedWriter claims, BufferedWriter va, BufferedWriter other, StringBuilder row)
            throws IOException {
        int kind = random.nextInt(1000);
        boolean esrd = kind < 12;
        boolean disabled = !esrd && kind < 130;
        int birthYear = disabled ? year - 25 - random.nextInt(39) : year - 65 - random.nextInt(30);
        int birth = Days.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean dies = random.nextInt(1000) < 45;
        int death = dies ? Days.of(year, 1, 1) + random.nextInt(365) : Days.NONE;
        boolean dual = random.nextInt(100) < (disabled ? 40 : 13);
        String dualCode = dual ? SyntheticProgram.pick(DUAL_CODES, random) : "NA";
        String county = random.nextInt(1000) < 3 ? "99010" : county(1 + random.nextInt(53), random.nextInt(200));
        row.setLength(0);
        row.append(bene).append(',').append(Days.toDate(birth)).append(',').append(1 + random.nextInt(2)).append(',')
                .append(death == Days.NONE ? "" : date(death)).append(',').append(county).append('\n');
        benes.append(row);

        int gap = random.nextInt(100);
        int maFrom = gap < 6 ? Months.of(year - 1, 1) + random.nextInt(24) : Integer.MAX_VALUE;
        int partBOff = gap >= 6 && gap < 8 ? Months.of(year - 1, 1) + random.nextInt(24) : Integer.MAX_VALUE;
        int firstMonth = gap >= 8 && gap < 11 ? Months.of(year - 1, 1) + random.nextInt(20) : Months.of(year - 1, 1);
        int lastMonth = dies ? Math.min(Months.of(year, 12), Days.monthOf(death) + (random.nextInt(10) == 0 ? 1 : 0))
                : Months.of(year, 12);
        int esrdFrom = esrd ? Months.of(year - 1, 1) + random.nextInt(24) : Integer.MAX_VALUE;
        for (int m = firstMonth; m <= lastMonth; m++) {
            row.setLength(0);
            boolean b = m < partBOff || m > partBOff + 2;
            row.append(bene).append(',').append(Months.format(m)).append(",Y,").append(b ? 'Y' : 'N').append(',')
                    .append(m >= maFrom ? 'Y' : 'N').append(',').append(m >= esrdFrom ? 'Y' : 'N').append(',')
                    .append(disabled ? 'Y' : 'N').append(',').append(esrd ? '2' : disabled ? '1' : '0').append(',')
                    .append(dualCode).append(',').append(county).append('\n');
            months.append(row);
        }

        // the beneficiary's usual source of primary care: an ACO participant (a clinic now and then) or a TIN outside
        SyntheticProgram.Tin home = random.nextInt(100) < 58 ? program.acoTins.get(random.nextInt(program.acoTins.size()))
                : program.otherTins.get(random.nextInt(program.otherTins.size()));
        double frailty = Math.exp(random.nextGaussian() * 0.9);
        int endDay = death == Days.NONE ? Days.of(year, 12, 31) : death;
        int startDay = Months.firstDay(firstMonth);
        for (int y = year - 1; y <= year; y++) {
            int from = Math.max(startDay, Days.of(y, 1, 1));
            int to = Math.min(endDay, Days.of(y, 12, 31));
            if (from > to) {
                continue;
            }
            int span = to - from + 1;
            for (int i = poisson(3.2 * Math.sqrt(frailty)); i > 0; i--) {
                SyntheticProgram.Tin tin = random.nextInt(100) < 75 ? home : anyTin(program);
                primaryCareVisit(claims, row, bene, tin, from + random.nextInt(span));
            }
            for (int i = poisson(2.2 * Math.sqrt(frailty)); i > 0; i--) {
                SyntheticProgram.Tin tin = anyTin(program);
                String[] clinician = tin.specialists.isEmpty() ? tin.primaryCare.get(0)
                        : tin.specialists.get(random.nextInt(tin.specialists.size()));
                int day = from + random.nextInt(span);
                carrier(claims, row, bene, nextClaim(), 1, tin.tin, clinician, random.nextInt(3) == 0 ? "99204" : "99214",
                        "11", day, cents(90, 260));
            }
            for (int i = poisson(3.5 * frailty); i > 0; i--) {
                SyntheticProgram.Tin tin = random.nextBoolean() ? home : anyTin(program);
                carrier(claims, row, bene, nextClaim(), 1, tin.tin, tin.primaryCare.get(0),
                        SyntheticProgram.pick(OTHER_CARRIER_CODES, random), "11", from + random.nextInt(span), cents(8, 400));
            }
            for (int i = poisson(1.1 * frailty); i > 0; i--) {
                int day = from + random.nextInt(span);
                String claim = nextClaim();
                int n = 1 + random.nextInt(4);
                for (int l = 1; l <= n; l++) {
                    institutional(claims, row, bene, claim, l, "OUTPATIENT", day, day, Days.NONE, Integer.toString(300000 + random.nextInt(4000)),
                            "0" + (300 + random.nextInt(600)), heavy(260, 1.6), 0, false);
                }
            }
            if (random.nextDouble() < 0.17 * frailty) {
                int admission = from + random.nextInt(span);
                int discharge = Math.min(to, admission + 2 + random.nextInt(9));
                String claim = nextClaim();
                long payment = heavy(13_000, 1.1);
                boolean covid = PublicHealthEmergency.contains(admission) && random.nextInt(20) == 0;
                institutional(claims, row, bene, claim, 1, "INPATIENT", admission, discharge, admission,
                        Integer.toString(100000 + random.nextInt(3000)), "0100", payment, payment / 12, covid);
                institutional(claims, row, bene, claim, 2, "INPATIENT", admission, discharge, admission,
                        Integer.toString(100000 + random.nextInt(3000)), "0250", cents(100, 2000), 0, covid);
                if (random.nextInt(4) == 0 && discharge < to) {
                    String snf = nextClaim();
                    int snfEnd = Math.min(to, discharge + 5 + random.nextInt(40));
                    institutional(claims, row, bene, snf, 1, "SNF", discharge + 1, snfEnd, Days.NONE,
                            Integer.toString(105000 + random.nextInt(3000)), "0022", heavy(7_000, 1.5), 0, false);
                    if (home.ccn != null && home.ccnType.equals("FQHC") && snfEnd > discharge + 2) {
                        clinicLine(claims, row, bene, home, "99309", discharge + 2); // a nursing facility visit in the stay
                    }
                }
            }
            if (random.nextDouble() < 0.08 * frailty) {
                int day = from + random.nextInt(span);
                institutional(claims, row, bene, nextClaim(), 1, "HHA", day, Math.min(to, day + 30), Days.NONE,
                        Integer.toString(107000 + random.nextInt(3000)), "0551", heavy(2_500, 1.8), 0, false);
            }
            if (dies && y == year && random.nextInt(3) == 0) {
                institutional(claims, row, bene, nextClaim(), 1, "HOSPICE", Math.max(from, endDay - 20), endDay, Days.NONE,
                        Integer.toString(151000 + random.nextInt(3000)), "0651", cents(3_000, 9_000), 0, false);
            }
            for (int i = poisson(0.5 * frailty); i > 0; i--) {
                carrier(claims, row, bene, nextClaim(), 1, anyTin(program).tin, null, "E0601", "12",
                        from + random.nextInt(span), cents(40, 900), "DME");
            }
        }
        if (random.nextInt(1000) < 15) {
            String[] clinician = home.primaryCare.get(0);
            row.setLength(0);
            row.append(bene).append(',').append(random.nextInt(20) == 0 ? "" : clinician[0]).append(',')
                    .append(random.nextBoolean() ? home.tin : "").append(',')
                    .append(date(Days.of(year - 2, 1, 1) + random.nextInt(760))).append('\n');
            va.append(row);
        }
        if (random.nextInt(1000) < 15) {
            other.append(bene).append(',').append(String.valueOf(year)).append(random.nextBoolean() ? ",REACH\n" : ",KCC\n");
        }
    }

    private void primaryCareVisit(BufferedWriter claims, StringBuilder row, String bene, SyntheticProgram.Tin tin, int day)
            throws IOException {
        if (tin.ccn != null && !tin.ccnType.equals("ETA") && random.nextInt(100) < 40) {
            clinicLine(claims, row, bene, tin, SyntheticProgram.pick(PC_CODES, random), day);
            return;
        }
        if (tin.ccn != null && tin.ccnType.equals("ETA") && random.nextInt(100) < 40) {
            institutional(claims, row, bene, nextClaim(), 1, "OUTPATIENT", day, day, Days.NONE, tin.ccn, "0510",
                    cents(60, 180), 0, false, "G0463", tin.primaryCare.get(0));
            return;
        }
        String[] clinician = tin.primaryCare.get(random.nextInt(tin.primaryCare.size()));
        String code = SyntheticProgram.pick(PC_CODES, random);
        String pos = code.equals("99309") ? (random.nextBoolean() ? "31" : "32") : code.equals("99347") ? "12"
                : random.nextInt(40) == 0 ? "21" : "11";
        String claim = nextClaim();
        carrier(claims, row, bene, claim, 1, tin.tin, clinician, code, pos, day, cents(45, 230));
        if (random.nextInt(30) == 0) {
            carrier(claims, row, bene, claim, 2, tin.tin, clinician, "99354", pos, day, cents(60, 120));
        }
    }

    private void clinicLine(BufferedWriter claims, StringBuilder row, String bene, SyntheticProgram.Tin tin, String code,
                            int day) throws IOException {
        String type = tin.ccnType.equals("CAH2") ? "CAH2" : tin.ccnType;
        institutional(claims, row, bene, nextClaim(), 1, type, day, day, Days.NONE, tin.ccn, "0521", cents(90, 200), 0,
                false, code, tin.primaryCare.get(random.nextInt(tin.primaryCare.size())));
    }

    private SyntheticProgram.Tin anyTin(SyntheticProgram program) {
        return random.nextInt(100) < 55 ? program.acoTins.get(random.nextInt(program.acoTins.size()))
                : program.otherTins.get(random.nextInt(program.otherTins.size()));
    }

    private void carrier(BufferedWriter out, StringBuilder row, String bene, String claim, int line, String tin,
                         String[] clinician, String code, String pos, int day, long allowed) throws IOException {
        carrier(out, row, bene, claim, line, tin, clinician, code, pos, day, allowed, "CARRIER");
    }

    private void carrier(BufferedWriter out, StringBuilder row, String bene, String claim, int line, String tin,
                         String[] clinician, String code, String pos, int day, long allowed, String type) throws IOException {
        row.setLength(0);
        row.append(claim).append(',').append(line).append(',').append(bene).append(',').append(type).append(',')
                .append(date(day)).append(',').append(date(day)).append(",,").append(tin).append(',')
                .append(clinician == null ? "" : clinician[0]).append(",,").append(clinician == null ? "" : clinician[1])
                .append(',').append(code).append(',').append(pos).append(",,");
        amounts(row, random.nextInt(60) == 0 ? 0 : allowed, 0, false, day);
        out.append(row);
        lines++;
    }

    private void institutional(BufferedWriter out, StringBuilder row, String bene, String claim, int line, String type,
                               int from, int thru, int admission, String ccn, String revenue, long payment, long ime,
                               boolean covid) throws IOException {
        institutional(out, row, bene, claim, line, type, from, thru, admission, ccn, revenue, payment, ime, covid, "", null);
    }

    private void institutional(BufferedWriter out, StringBuilder row, String bene, String claim, int line, String type,
                               int from, int thru, int admission, String ccn, String revenue, long payment, long ime,
                               boolean covid, String code, String[] clinician) throws IOException {
        row.setLength(0);
        row.append(claim).append(',').append(line).append(',').append(bene).append(',').append(type).append(',')
                .append(date(from)).append(',').append(date(thru)).append(',')
                .append(admission == Days.NONE ? "" : date(admission)).append(",,")
                .append(clinician == null ? "" : clinician[0]).append(',').append(ccn).append(',')
                .append(clinician == null ? "" : clinician[1]).append(',').append(code).append(",,").append(revenue).append(',');
        amounts(row, payment, ime, covid, thru);
        out.append(row);
        lines++;
    }

    /** allowed, payment (80% of allowed), IME, DSH, UCP, IHS/PR, other excluded, COVID trigger, processed date. */
    private void amounts(StringBuilder row, long allowed, long ime, boolean covid, int thru) {
        long payment = allowed * 8 / 10;
        money(row, allowed).append(',');
        money(row, payment).append(',');
        money(row, ime).append(',');
        money(row, ime / 3).append(",0,0,0,").append(covid ? 'Y' : 'N').append(',');
        int lag = random.nextInt(100) == 0 ? 100 + random.nextInt(120) : 5 + random.nextInt(60);
        row.append(date(thru + lag)).append('\n');
    }

    private static StringBuilder money(StringBuilder row, long cents) {
        row.append(cents / 100).append('.');
        long rest = cents % 100;
        return row.append(rest < 10 ? "0" : "").append(rest);
    }

    private String date(int day) {
        return dateText[day - firstDay];
    }

    private String nextClaim() {
        return "C" + (++claimCounter);
    }

    private long cents(int lowDollars, int highDollars) {
        return lowDollars * 100L + random.nextLong((highDollars - lowDollars) * 100L + 1);
    }

    /** A heavy-tailed amount in cents: a Pareto tail on top of a typical value (costs of the sickest few dominate). */
    private long heavy(int typicalDollars, double alpha) {
        double u = 1.0 - random.nextDouble();
        double value = typicalDollars * (0.4 + random.nextDouble() * 0.6) * Math.pow(u, -1.0 / (alpha * 2.5));
        return Math.min(5_000_000_00L, (long) (value * 100));
    }

    private int poisson(double mean) {
        double limit = Math.exp(-Math.min(mean, 50));
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /**
     * A real SSA county code of the state (the crosswalk's, so the map can place it), picked by {@code draw};
     * a state the crosswalk has no county of (the Virgin Islands, 48) keeps a made-up code, which the map
     * names as unknown. The same random draws as before, so every other column is unchanged.
     */
    private static String county(int ssaState, int draw) {
        String state = String.format("%02d", ssaState);
        List<String> codes = CountyCrosswalk.standard().codesOfState(state);
        return codes.isEmpty() ? state + String.format("%03d", draw) : codes.get(draw % codes.size());
    }

    /** {@code generate claims --beneficiaries N --seed S [--year Y] DIR}. */
    public static void main(String[] args) {
        Integer count = null;
        Long seed = null;
        int year = 2024;
        Path dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "claims" -> { }
                    case "--beneficiaries" -> count = Integer.valueOf(args[++i]);
                    case "--seed" -> seed = Long.valueOf(args[++i]);
                    case "--year" -> year = Integer.parseInt(args[++i]);
                    default -> {
                        if (args[i].startsWith("-") || dir != null) {
                            throw new IllegalArgumentException("unexpected " + args[i]);
                        }
                        dir = Path.of(args[i]);
                    }
                }
            }
        } catch (RuntimeException e) {
            count = null;
        }
        if (count == null || seed == null || dir == null || count < 1) {
            System.err.println("usage: generate claims --beneficiaries N --seed S [--year Y] DIR");
            System.exit(2);
        }
        try {
            long written = new SyntheticYear(count, seed, year).write(dir);
            System.out.println("wrote " + count + " beneficiaries and " + written + " claim lines for " + year + " to " + dir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("generate: " + e);
            System.exit(1);
        }
    }
}
