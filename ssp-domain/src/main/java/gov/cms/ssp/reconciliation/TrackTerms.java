package gov.cms.ssp.reconciliation;

import gov.cms.ssp.agreement.Track;

import java.math.BigDecimal;

/**
 * The fixed financial terms of a track (rules section 2, 42 CFR 425.604–425.610): the maximum
 * sharing rate and the performance payment limit as a share of the updated benchmark. Loss rates
 * and loss limits depend on more than the track and live in {@link ReconciliationEngine}.
 */
public record TrackTerms(Track track, BigDecimal maximumSharingRate, BigDecimal performancePaymentLimitRate) {

    public static TrackTerms of(Track track) {
        return switch (track) {
            case TRACK_1, TRACK_1_PLUS -> new TrackTerms(track, rate("0.50"), rate("0.10"));
            case TRACK_2 -> new TrackTerms(track, rate("0.60"), rate("0.15"));
            case TRACK_3, ENHANCED -> new TrackTerms(track, rate("0.75"), rate("0.20"));
            case BASIC_A, BASIC_B -> new TrackTerms(track, rate("0.40"), rate("0.10"));
            case BASIC_C, BASIC_D, BASIC_E -> new TrackTerms(track, rate("0.50"), rate("0.10"));
        };
    }

    private static BigDecimal rate(String value) {
        return new BigDecimal(value);
    }
}
