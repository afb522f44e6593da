package gov.cms.ssp.application;

import java.time.LocalDate;

/** A cycle's dates and whether its windows are open today. */
public record CycleView(int agreementYear, long version, LocalDate noiaOpens, LocalDate noiaCloses,
                        LocalDate submissionOpens, LocalDate submissionCloses, LocalDate rfi1Deadline,
                        LocalDate rfi2Deadline, LocalDate finalDisposition, boolean noiaOpen, boolean submissionOpen) {
    static CycleView of(ApplicationCycle c, LocalDate today) {
        ApplicationCycle.Windows w = c.windows();
        return new CycleView(c.getAgreementYear(), c.getVersion(), w.noiaOpens(), w.noiaCloses(), w.submissionOpens(),
                w.submissionCloses(), w.rfi1Deadline(), w.rfi2Deadline(), w.finalDisposition(), c.noiaOpen(today),
                c.submissionOpen(today));
    }

    public ApplicationCycle.Windows windows() {
        return new ApplicationCycle.Windows(noiaOpens, noiaCloses, submissionOpens, submissionCloses, rfi1Deadline,
                rfi2Deadline, finalDisposition);
    }
}
