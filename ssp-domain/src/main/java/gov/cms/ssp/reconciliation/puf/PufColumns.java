package gov.cms.ssp.reconciliation.puf;

import java.util.List;

/** CMS's column names (read case-insensitively, by name, never by position). */
public final class PufColumns {
    public static final String ACO_ID = "ACO_ID";
    public static final String ACO_NUM = "ACO_Num";
    public static final String CURRENT_TRACK = "Current_Track";
    public static final String CURRENT_TRACK_1 = "Current_Track_1";
    public static final String CURRENT_TRACK_1_PLUS = "Current_Track_1_Plus";
    public static final String CURRENT_TRACK_2 = "Current_Track_2";
    public static final String CURRENT_TRACK_3 = "Current_Track_3";
    public static final String AGREEMENT_PERIOD_NUM = "Agreement_Period_Num";
    public static final String CURRENT_START_DATE = "Current_Start_Date";
    public static final String N_AB = "N_AB";
    public static final String AB_TOT_BNCHMK = "ABtotBnchmk";
    public static final String AB_TOT_EXP = "ABtotExp";
    public static final String SAV_RATE = "Sav_rate";
    public static final String MIN_SAV_PERC = "MinSavPerc";
    public static final String GEN_SAVE_LOSS = "GenSaveLoss";
    public static final String EARN_SAVE_LOSS = "EarnSaveLoss";
    public static final String DIS_ADJ = "DisAdj";
    public static final String MET_QPS = "Met_QPS";
    public static final String MET_ALT_QPS = "Met_AltQPS";
    public static final String QUAL_SCORE = "QualScore";
    public static final String FINAL_SHARE_RATE = "FinalShareRate";
    public static final String FINAL_LOSS_RATE = "FinalLossRate";
    public static final String REV_LOSS_LIMIT = "RevLossLimit";
    public static final String REV_EXP_CAT = "Rev_Exp_Cat";
    public static final String REDUCED_SS = "ReducedSS";
    public static final String GUARDRAIL = "Guardrail";
    public static final String YEAR = "year";

    /** The 2018-style 0/1 track columns, in the order of their tracks. */
    public static final List<String> TRACK_FLAGS = List.of(CURRENT_TRACK_1, CURRENT_TRACK_1_PLUS, CURRENT_TRACK_2, CURRENT_TRACK_3);

    /** Rate columns: their precision is learnt from the file. */
    public static final List<String> RATES = List.of(SAV_RATE, MIN_SAV_PERC, QUAL_SCORE, FINAL_SHARE_RATE, FINAL_LOSS_RATE);

    /** Columns every year must have (besides an ID column and track columns). */
    public static final List<String> REQUIRED = List.of(N_AB, AB_TOT_BNCHMK, AB_TOT_EXP, MIN_SAV_PERC, GEN_SAVE_LOSS,
            EARN_SAVE_LOSS, QUAL_SCORE, FINAL_SHARE_RATE, CURRENT_START_DATE);

    private PufColumns() {
    }
}
