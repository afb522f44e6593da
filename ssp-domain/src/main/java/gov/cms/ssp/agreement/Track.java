package gov.cms.ssp.agreement;

/**
 * The Shared Savings Program tracks and BASIC levels (rules section 2). Track 1, 1+, 2 and 3 are the
 * pre-2019 tracks still found in reconciliations of older performance years; BASIC A–E and
 * ENHANCED are the tracks of agreements starting July 2019 or later.
 */
public enum Track {
    TRACK_1("Track 1", RiskModel.ONE_SIDED, false),
    TRACK_1_PLUS("Track 1+", RiskModel.TWO_SIDED, true),
    TRACK_2("Track 2", RiskModel.TWO_SIDED, true),
    TRACK_3("Track 3", RiskModel.TWO_SIDED, true),
    BASIC_A("Basic Level A", RiskModel.ONE_SIDED, false),
    BASIC_B("Basic Level B", RiskModel.ONE_SIDED, false),
    BASIC_C("Basic Level C", RiskModel.TWO_SIDED, false),
    BASIC_D("Basic Level D", RiskModel.TWO_SIDED, false),
    BASIC_E("Basic Level E", RiskModel.TWO_SIDED, true),
    ENHANCED("Enhanced", RiskModel.TWO_SIDED, true);

    public enum RiskModel { ONE_SIDED, TWO_SIDED }

    private final String label;
    private final RiskModel riskModel;
    private final boolean advancedApm;

    Track(String label, RiskModel riskModel, boolean advancedApm) {
        this.label = label;
        this.riskModel = riskModel;
        this.advancedApm = advancedApm;
    }

    /** The one way a track or level is written for people: "Basic Level E", "Enhanced" (pages, PDFs, exports). */
    public String label() {
        return label;
    }

    public RiskModel riskModel() {
        return riskModel;
    }

    public boolean isTwoSided() {
        return riskModel == RiskModel.TWO_SIDED;
    }

    /** Level E and ENHANCED (and the old two-sided tracks) are Advanced APMs; Levels A–D are MIPS APMs. */
    public boolean isAdvancedApm() {
        return advancedApm;
    }

    public boolean isBasic() {
        return name().startsWith("BASIC_");
    }

    /** What the choice means, shown beside it on the application (rules section 2). */
    public String terms() {
        return switch (this) {
            case BASIC_A, BASIC_B -> "One-sided: up to 40% of savings, capped at 10% of the benchmark; no shared losses.";
            case BASIC_C -> "Two-sided: up to 50% of savings (cap 10% of benchmark); 30% of losses, limited to 2% of revenue, at most 1% of benchmark.";
            case BASIC_D -> "Two-sided: up to 50% of savings (cap 10% of benchmark); 30% of losses, limited to 4% of revenue, at most 2% of benchmark.";
            case BASIC_E -> "Two-sided: up to 50% of savings (cap 10% of benchmark); 30% of losses, limited to 8% of revenue, at most 4% of benchmark. Advanced APM.";
            case ENHANCED -> "Two-sided: up to 75% of savings (cap 20% of benchmark); 40–75% of losses, limited to 15% of benchmark. Advanced APM.";
            default -> "Closed to new agreements.";
        };
    }
}
