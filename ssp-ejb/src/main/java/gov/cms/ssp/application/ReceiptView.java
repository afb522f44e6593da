package gov.cms.ssp.application;

import gov.cms.ssp.shared.DisplayFormat;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission's receipt as the ACO and CMS read it: reference number, the date and the time with
 * its time zone, who submitted, and (for the copy) every answer as submitted.
 */
public record ReceiptView(long applicationId, String acoId, String legalName, int cycleYear, int number, String reference,
                          String description, LocalDateTime submittedAt, String submittedBy, String date, String time,
                          List<SubmittedCopy.Line> lines) {
    static ReceiptView of(ApplicationReceipt r, boolean withCopy) {
        Application a = r.getApplication();
        return new ReceiptView(a.getId(), a.getAcoId().value(), a.getLegalName(), a.getAgreementStart().getYear(), r.getNumber(),
                r.getReference(), r.getDescription(), r.getSubmittedAt(), r.getSubmittedBy(),
                DisplayFormat.dateOf(r.getSubmittedAt()), DisplayFormat.timeOf(r.getSubmittedAt()),
                withCopy ? r.submittedCopy() : List.of());
    }

    /** "receipt-SSP-2028-A1001-42-1.pdf" */
    public String fileName() {
        return "receipt-" + reference + ".pdf";
    }
}
