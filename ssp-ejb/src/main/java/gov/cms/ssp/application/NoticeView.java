package gov.cms.ssp.application;

import java.time.LocalDateTime;

public record NoticeView(String acoId, int cycleYear, String legalName, String tin, String executiveName,
                         String primaryName, String secondaryName, String submittedBy, LocalDateTime submittedAt) {
    static NoticeView of(NoticeOfIntent n) {
        return new NoticeView(n.getAcoId().value(), n.getCycle().getAgreementYear(), n.getLegalName(), n.getTin().value(),
                n.getExecutiveName(), n.getPrimaryName(), n.getSecondaryName(), n.getSubmittedBy(), n.getSubmittedAt());
    }
}
