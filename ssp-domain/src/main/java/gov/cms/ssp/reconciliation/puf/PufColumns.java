package gov.cms.ssp.reconciliation.puf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CMS's column names (read by name, never by position; case, spaces, underscores and units in
 * brackets do not matter). Older files and copies spell some columns differently: {@link #ALIASES}.
 */
public final class PufColumns {
    public static final String ACO_ID = "ACO_ID";
    public static final String ACO_NUM = "ACO_Num";
    public static final String CURRENT_TRACK = "Current_Track";
    public static final String CURRENT_TRACK_1 = "Current_Track_1";
    public static final String CURRENT_TRACK_1_PLUS = "Current_Track_1_Plus";
    public static final String CURRENT_TRACK_2 = "Current_Track_2";
    public static final String CURRENT_TRACK_3 = "Current_Track_3";
    public static final String CURRENT_BASIC_A = "Current_BASIC_A";
    public static final String CURRENT_BASIC_B = "Current_BASIC_B";
    public static final String CURRENT_BASIC_C = "Current_BASIC_C";
    public static final String CURRENT_BASIC_D = "Current_BASIC_D";
    public static final String CURRENT_BASIC_E = "Current_BASIC_E";
    public static final String CURRENT_ENHANCED = "Current_ENHANCED";
    /** 2014–2015: Track1 / Track2 0/1 columns. */
    public static final String TRACK1 = "Track1";
    public static final String TRACK2 = "Track2";
    /** 2013: "Track 2 ACO" 0/1, every other ACO Track 1. */
    public static final String TRACK_2_ACO = "Track 2 ACO";
    public static final String AGREEMENT_PERIOD_NUM = "Agreement_Period_Num";
    public static final String CURRENT_START_DATE = "Current_Start_Date";
    public static final String N_AB = "N_AB";
    public static final String AB_TOT_BNCHMK = "ABtotBnchmk";
    public static final String AB_TOT_EXP = "ABtotExp";
    public static final String SAV_RATE = "Sav_rate";
    public static final String MIN_SAV_PERC = "MinSavPerc";
    public static final String BNCHMK_MIN_EXP = "BnchmkMinExp";
    public static final String GEN_SAVE_LOSS = "GenSaveLoss";
    public static final String EARN_SAVE_LOSS = "EarnSaveLoss";
    /** 2013: earned savings and owed losses in two columns instead of EarnSaveLoss. */
    public static final String SHARED_SAVINGS_2013 = "Shared Savings";
    public static final String SHARED_LOSSES_2013 = "Shared Losses";
    public static final String DIS_ADJ = "DisAdj";
    public static final String MET_QPS = "Met_QPS";
    public static final String MET_ALT_QPS = "Met_AltQPS";
    public static final String QUAL_SCORE = "QualScore";
    public static final String QUAL_PERF_SHARE = "QualPerfShare";
    public static final String FINAL_SHARE_RATE = "FinalShareRate";
    public static final String FINAL_LOSS_RATE = "FinalLossRate";
    public static final String RECVD_30P = "Recvd30p";
    public static final String RECVD_40P = "Recvd40p";
    public static final String REV_LOSS_LIMIT = "RevLossLimit";
    public static final String REV_EXP_CAT = "Rev_Exp_Cat";
    public static final String REDUCED_SS = "ReducedSS";
    public static final String GUARDRAIL = "Guardrail";
    public static final String ADV_PAY_RECOUP = "Adv_Pay_Recoup";
    public static final String IMPACT_MID_YEAR_TERMINATION = "Impact_Mid_Year_Termination";
    public static final String PRORATE_SHARED_LOSSES = "Prorate_Shared_Losses";
    /** PY2019: which performance period a row is (January–June, July–December or the whole year). */
    public static final String PERFORMANCE_PERIOD = "Performance_Period";
    public static final String YEAR = "year";

    /** Track columns holding 0/1, each naming one track or level. */
    public static final List<String> TRACK_FLAGS = List.of(CURRENT_TRACK_1, CURRENT_TRACK_1_PLUS, CURRENT_TRACK_2,
            CURRENT_TRACK_3, CURRENT_BASIC_A, CURRENT_BASIC_B, CURRENT_BASIC_C, CURRENT_BASIC_D, CURRENT_BASIC_E,
            CURRENT_ENHANCED, TRACK1, TRACK2);

    /** Rate columns: their notation and precision are learnt from the file. */
    public static final List<String> RATES = List.of(SAV_RATE, MIN_SAV_PERC, QUAL_SCORE, FINAL_SHARE_RATE, FINAL_LOSS_RATE);

    /**
     * CMS's results, never read as inputs: the engine computes them, and compares with them only
     * where the file publishes them (issue 11 §1).
     */
    public static final List<String> OUTCOMES = List.of(SAV_RATE, BNCHMK_MIN_EXP, GEN_SAVE_LOSS, EARN_SAVE_LOSS,
            FINAL_SHARE_RATE, FINAL_LOSS_RATE, QUAL_PERF_SHARE, RECVD_30P, RECVD_40P);

    /** Inputs every year must have (besides an ID column, track columns and the start date). */
    public static final List<String> REQUIRED = List.of(N_AB, AB_TOT_BNCHMK, AB_TOT_EXP, MIN_SAV_PERC);

    /**
     * Other spellings of a column, by its canonical name: {@code Start_Date} (2014–2015) and the long
     * descriptive headers of the PY2013 file ("ACO Identifier", "Total benchmark expenditures ($)" ...).
     */
    public static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry(ACO_ID, List.of("ACO Identifier")),
            Map.entry(CURRENT_START_DATE, List.of("Start_Date", "Start Date", "Agreement Start Date")),
            Map.entry(N_AB, List.of("Total number of assigned beneficiaries")),
            Map.entry(AB_TOT_BNCHMK, List.of("Total benchmark expenditures")),
            Map.entry(AB_TOT_EXP, List.of("Total expenditures")),
            Map.entry(MIN_SAV_PERC, List.of("Minimum Savings Rate")),
            Map.entry(BNCHMK_MIN_EXP, List.of("Total savings/losses")),
            Map.entry(QUAL_SCORE, List.of("Quality Score")),
            Map.entry(QUAL_PERF_SHARE, List.of("Quality Performance Sharing Rate")),
            Map.entry(FINAL_SHARE_RATE, List.of("Final sharing rate")),
            Map.entry(ADV_PAY_RECOUP, List.of("Advance payment recoupment")),
            Map.entry(PERFORMANCE_PERIOD, List.of("Perf_Period", "PY_Period", "Performance_Year_Period", "Period",
                    "Six_Month_PY", "Six_Month", "SixMonth", "Six_Month_Flag", "Perf_Yr_Period")));

    /** A header name reduced to what identifies it: lower case letters and digits, units in brackets dropped. */
    public static String key(String name) {
        return name.replaceAll("\\([^)]*\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9+]", "");
    }

    private PufColumns() {
    }
}
