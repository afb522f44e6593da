package gov.cms.ssp.lookup;

import gov.cms.ssp.agreement.Track;

/**
 * What taking part through a track means for a clinician under the Quality Payment Program: Level E
 * and ENHANCED (and the old two-sided tracks) are Advanced APMs, whose clinicians can become
 * Qualifying APM Participants; Levels A–D (and Track 1) are MIPS APMs (rules sections 2 and 9).
 */
public enum ApmClassification {
    ADVANCED_APM("Advanced APM"),
    MIPS_APM("MIPS APM");

    private final String label;

    ApmClassification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ApmClassification of(Track track) {
        return track.isAdvancedApm() ? ADVANCED_APM : MIPS_APM;
    }
}
