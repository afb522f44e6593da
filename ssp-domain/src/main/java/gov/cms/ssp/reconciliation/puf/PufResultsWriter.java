package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.EucAdjustment;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import gov.cms.ssp.reconciliation.ReconciledFigures;
import gov.cms.ssp.reconciliation.ReconciliationInput;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a PY's reconciled results as CMS's per-ACO results file of that year: CMS's column names,
 * in the order of the year's file, with its value formats (rates in the year's notation, money in
 * dollars, dates MM/DD/YYYY, 0/1 flags), one row per ACO — the inputs and the results, so that
 * {@code ./ssp reconcile --year Y} reads it back and reproduces every row. Columns CMS publishes that
 * the reconciliation does not hold (per-capita expenditures, risk scores, demographics) are left out.
 *
 * <p>Inputs (MinSavPerc, QualScore) are written to their full precision, so that reading them back
 * gives the figures the results were computed from; results in the year's usual precision.
 */
public final class PufResultsWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    /** One ACO's row: its inputs as the result was computed from them, and the result. */
    public record Line(String acoId, String acoName, ReconciliationInput input, ReconciledFigures figures) {
    }

    /**
     * The layout written for a PY: the year whose CMS file (or family) gives the columns and formats,
     * and a note for people when it is not the year's own file.
     */
    public record ExportLayout(int year, int followsYear, List<String> columns, String note) {
    }

    private PufResultsWriter() {
    }

    private static final List<String> TRACK_COLUMNS_2019_2020 = List.of(PufColumns.CURRENT_TRACK_1, PufColumns.CURRENT_TRACK_2,
            PufColumns.CURRENT_TRACK_3, PufColumns.CURRENT_TRACK_1_PLUS, PufColumns.CURRENT_BASIC_A, PufColumns.CURRENT_BASIC_B,
            PufColumns.CURRENT_BASIC_C, PufColumns.CURRENT_BASIC_D, PufColumns.CURRENT_BASIC_E, PufColumns.CURRENT_ENHANCED);

    /** The columns of the PY's layout, in the order of CMS's file of that year or its family. */
    public static ExportLayout layoutFor(int py) {
        if (py < 2019) {
            throw new IllegalArgumentException("the application reconciles PY2019 on; no export for PY" + py);
        }
        List<String> c = new ArrayList<>(List.of("ACO_ID", "ACO_Name", PufColumns.AGREEMENT_PERIOD_NUM, PufColumns.CURRENT_START_DATE));
        if (py <= 2020) {
            c.addAll(TRACK_COLUMNS_2019_2020);
            if (py == 2019) {
                c.add(PufColumns.PERFORMANCE_PERIOD);
            }
            c.addAll(List.of(PufColumns.N_AB, PufColumns.SAV_RATE, PufColumns.MIN_SAV_PERC, PufColumns.BNCHMK_MIN_EXP,
                    PufColumns.GEN_SAVE_LOSS, PufColumns.DIS_ADJ, PufColumns.EARN_SAVE_LOSS, PufColumns.MET_QPS, PufColumns.QUAL_SCORE,
                    PufColumns.AB_TOT_BNCHMK, PufColumns.AB_TOT_EXP, PufColumns.ADV_PAY_RECOUP, PufColumns.FINAL_SHARE_RATE,
                    PufColumns.REV_LOSS_LIMIT, PufColumns.REV_EXP_CAT));
            return new ExportLayout(py, 2018, c, "No CMS file of PY" + py + " was at hand: the columns follow CMS's PY2018 file"
                    + " with the BASIC and ENHANCED 0/1 columns of PY2019–2020" + (py == 2019 ? " and the six-month period" : "")
                    + "; rates are written as PY" + py + "'s files write them.");
        }
        c.addAll(List.of(PufColumns.CURRENT_TRACK, PufColumns.N_AB, PufColumns.SAV_RATE, PufColumns.MIN_SAV_PERC,
                PufColumns.BNCHMK_MIN_EXP, PufColumns.GEN_SAVE_LOSS, PufColumns.DIS_ADJ));
        c.add(py <= 2022 ? PufColumns.PRORATE_SHARED_LOSSES : PufColumns.IMPACT_MID_YEAR_TERMINATION);
        c.addAll(List.of(PufColumns.EARN_SAVE_LOSS, PufColumns.MET_QPS));
        if (py >= 2023) {
            c.add(PufColumns.MET_ALT_QPS);
        }
        c.addAll(List.of(PufColumns.QUAL_SCORE, PufColumns.AB_TOT_BNCHMK, PufColumns.AB_TOT_EXP, PufColumns.FINAL_SHARE_RATE));
        if (py >= 2023) {
            c.add(PufColumns.FINAL_LOSS_RATE);
        }
        c.add(PufColumns.REV_EXP_CAT);
        if (py >= 2024) {
            c.add(PufColumns.GUARDRAIL);
        }
        return switch (py) {
            case 2021 -> new ExportLayout(py, 2022, c, "No CMS file of PY2021 was at hand: the columns follow CMS's PY2022 file;"
                    + " money is written without thousands separators.");
            case 2022, 2023 -> new ExportLayout(py, py, c, "The columns and formats of CMS's PY" + py + " file.");
            case 2024 -> new ExportLayout(py, 2023, c, "No CMS file of PY2024 was at hand: the columns follow CMS's PY2023 file"
                    + " with the Guardrail column of PY2024, rates as plain percent numbers.");
            default -> new ExportLayout(py, 2024, c, "CMS has published no layout for PY" + py + ": the PY2024 layout is used.");
        };
    }

    /** The CSV, header first, one row per line in the order given. */
    public static String write(int py, List<Line> lines) {
        ExportLayout layout = layoutFor(py);
        PufLayout notations = PufLayout.forYear(Math.min(py, PufLayout.LAST_YEAR));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            csv.printRecord(layout.columns());
            for (Line line : lines) {
                if (line.input().performanceYear() != py) {
                    throw new IllegalArgumentException(line.acoId() + " is reconciled for PY" + line.input().performanceYear()
                            + ", not PY" + py);
                }
                Map<String, Function<Line, String>> cells = cells(notations);
                List<String> row = new ArrayList<>();
                for (String column : layout.columns()) {
                    row.add(cells.get(column).apply(line));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Function<Line, String>> cells(PufLayout n) {
        Map<String, Function<Line, String>> m = new java.util.HashMap<>();
        m.put("ACO_ID", Line::acoId);
        m.put("ACO_Name", l -> l.acoName() == null ? "" : l.acoName());
        m.put(PufColumns.AGREEMENT_PERIOD_NUM, l -> Integer.toString(l.input().agreementPeriodNumber()));
        m.put(PufColumns.CURRENT_START_DATE, l -> date(l.input().agreementStart()));
        for (String flag : TRACK_COLUMNS_2019_2020) {
            Track t = PufReader.trackOfFlag(flag);
            m.put(flag, l -> l.input().track() == t ? "1" : "0");
        }
        m.put(PufColumns.CURRENT_TRACK, l -> code(l.input().track()));
        m.put(PufColumns.PERFORMANCE_PERIOD, l -> period(l.input().performancePeriod()));
        m.put(PufColumns.N_AB, l -> Integer.toString(l.input().assignedBeneficiaries()));
        m.put(PufColumns.SAV_RATE, l -> n.notationOf(PufColumns.SAV_RATE).format(l.figures().savingsRate()));
        m.put(PufColumns.MIN_SAV_PERC, l -> exact(n.notationOf(PufColumns.MIN_SAV_PERC), l.figures().minimumSavingsRate()));
        m.put(PufColumns.BNCHMK_MIN_EXP, l -> money(l.input().benchmarkMinusExpenditures()));
        m.put(PufColumns.GEN_SAVE_LOSS, l -> money(l.figures().generatedSavingsOrLosses()));
        m.put(PufColumns.DIS_ADJ, l -> money(l.figures().eucReduction().negate()));
        m.put(PufColumns.PRORATE_SHARED_LOSSES, l -> flag(l.input().midYearTermination()));
        m.put(PufColumns.IMPACT_MID_YEAR_TERMINATION, l -> flag(l.input().midYearTermination()));
        m.put(PufColumns.EARN_SAVE_LOSS, l -> money(l.figures().netAmount()));
        m.put(PufColumns.MET_QPS, l -> flag(l.input().quality().metQualityStandard()));
        m.put(PufColumns.MET_ALT_QPS, l -> l.input().quality().metQualityStandard() ? "-" : flag(l.input().quality().metAlternativeStandard()));
        m.put(PufColumns.QUAL_SCORE, l -> exact(n.notationOf(PufColumns.QUAL_SCORE), l.input().quality().qualityScore()));
        m.put(PufColumns.AB_TOT_BNCHMK, l -> money(l.input().totalBenchmark()));
        m.put(PufColumns.AB_TOT_EXP, l -> money(l.input().totalExpenditures()));
        m.put(PufColumns.ADV_PAY_RECOUP, l -> l.input().advancePaymentRecoupment().signum() == 0 ? ""
                : money(l.input().advancePaymentRecoupment()));
        m.put(PufColumns.FINAL_SHARE_RATE, l -> n.notationOf(PufColumns.FINAL_SHARE_RATE).format(l.figures().finalSharingRate()));
        m.put(PufColumns.FINAL_LOSS_RATE, l -> l.figures().finalLossRate() == null ? "-"
                : n.notationOf(PufColumns.FINAL_LOSS_RATE).format(l.figures().finalLossRate()));
        m.put(PufColumns.REV_LOSS_LIMIT, l -> l.input().lossLimitBasis() == null ? ""
                : flag(l.input().lossLimitBasis() == gov.cms.ssp.reconciliation.LossLimitBasis.REVENUE));
        m.put(PufColumns.REV_EXP_CAT, l -> l.input().lowRevenue() ? "Low Revenue" : "High Revenue");
        m.put(PufColumns.GUARDRAIL, l -> flag(l.input().guardrail()));
        return m;
    }

    static String code(Track track) {
        return switch (track) {
            case BASIC_A -> "A";
            case BASIC_B -> "B";
            case BASIC_C -> "C";
            case BASIC_D -> "D";
            case BASIC_E -> "E";
            case ENHANCED -> "EN";
            default -> throw new IllegalArgumentException(track.label() + " has no code in the layouts of PY2021 on");
        };
    }

    private static String period(PerformancePeriod p) {
        return switch (p) {
            case JANUARY_TO_JUNE_2019 -> "January - June 2019";
            case JULY_TO_DECEMBER_2019 -> "July - December 2019";
            case FULL_YEAR -> "January - December 2019";
        };
    }

    private static String date(LocalDate d) {
        return d.format(DATE);
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    /** Dollars as CMS writes them: whole dollars without a point; cents only where the figure has them. */
    static String money(BigDecimal amount) {
        BigDecimal v = amount.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    /** An input rate to its full precision, in the column's notation (at least the notation's usual 2 decimals). */
    static String exact(RateNotation notation, BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        if (notation == RateNotation.FRACTION) {
            BigDecimal v = fraction.stripTrailingZeros();
            return v.signum() == 0 ? "0" : v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
        }
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        if (percent.scale() < 2) {
            percent = percent.setScale(2);
        }
        return percent.toPlainString() + (notation == RateNotation.PERCENT_STRING ? "%" : "");
    }
}
