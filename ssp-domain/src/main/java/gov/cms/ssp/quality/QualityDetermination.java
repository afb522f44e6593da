package gov.cms.ssp.quality;

/** How the ACO's quality outcome was decided (42 CFR 425.512), in words for people. */
public enum QualityDetermination {
    MET_PAY_FOR_REPORTING("Met the quality standard by complete reporting in its first year", true, false),
    MET_EUC_FLOOR("Met the quality standard: affected by extreme and uncontrollable circumstances, scored at least the percentile score", true, false),
    MET_PERCENTILE_STANDARD("Met the quality standard: score at or above the percentile score", true, false),
    MET_REPORTING_INCENTIVE("Met the quality standard through the eCQM/MIPS CQM reporting incentive", true, false),
    MET_ALTERNATIVE_STANDARD("Met only the alternative quality standard: shared savings scaled by the quality score", false, true),
    NOT_MET("Did not meet the quality standard", false, false),
    NOT_REPORTED("Did not report quality", false, false);

    private final String label;
    private final boolean metStandard;
    private final boolean metAlternative;

    QualityDetermination(String label, boolean metStandard, boolean metAlternative) {
        this.label = label;
        this.metStandard = metStandard;
        this.metAlternative = metAlternative;
    }

    public String label() {
        return label;
    }

    public boolean metStandard() {
        return metStandard;
    }

    public boolean metAlternative() {
        return metAlternative;
    }
}
