package gov.cms.ssp.snf;

import java.time.LocalDate;

/** An SNF affiliate as pages and the API show it. */
public record SnfAffiliateView(long id, String ccn, String facilityName, String tin, int starRating,
                               LocalDate effectiveDate, LocalDate terminationDate) {
    static SnfAffiliateView of(SnfAffiliate a) {
        return new SnfAffiliateView(a.getId(), a.getCcn(), a.getFacilityName(), a.getTin(), a.getStarRating(),
                a.getEffectiveDate(), a.getTerminationDate());
    }
}
