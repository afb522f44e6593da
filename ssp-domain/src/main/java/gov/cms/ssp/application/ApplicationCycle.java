package gov.cms.ssp.application;

import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * One application cycle, for agreements starting January 1 of {@code agreementYear}: the windows
 * and deadlines CMS sets (rules section 7). The application enforces them; a late action is refused
 * with the deadline it missed. Deadlines are inclusive (the last day still counts).
 */
@Entity
@Table(name = "application_cycle")
@Audited
public class ApplicationCycle {
    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_cycle_seq")
    @SequenceGenerator(name = "application_cycle_seq", sequenceName = "application_cycle_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_year", nullable = false, unique = true)
    private int agreementYear;

    @Column(name = "noia_opens", nullable = false)
    private LocalDate noiaOpens;
    @Column(name = "noia_closes", nullable = false)
    private LocalDate noiaCloses;
    @Column(name = "submission_opens", nullable = false)
    private LocalDate submissionOpens;
    @Column(name = "submission_closes", nullable = false)
    private LocalDate submissionCloses;
    @Column(name = "rfi1_deadline", nullable = false)
    private LocalDate rfi1Deadline;
    @Column(name = "rfi2_deadline", nullable = false)
    private LocalDate rfi2Deadline;
    @Column(name = "final_disposition", nullable = false)
    private LocalDate finalDisposition;

    protected ApplicationCycle() {
    }

    public ApplicationCycle(int agreementYear, Windows windows) {
        if (agreementYear < 2019 || agreementYear > 2999) {
            throw new BusinessException("The agreement year must be between 2019 and 2999.");
        }
        this.agreementYear = agreementYear;
        reschedule(windows);
    }

    /** The dates of a cycle, in the order they must fall. */
    public record Windows(LocalDate noiaOpens, LocalDate noiaCloses, LocalDate submissionOpens,
                          LocalDate submissionCloses, LocalDate rfi1Deadline, LocalDate rfi2Deadline,
                          LocalDate finalDisposition) {
    }

    /** Sets new dates; refused unless every date is given and each falls on or after the one before. */
    public void reschedule(Windows w) {
        Objects.requireNonNull(w);
        LocalDate[] dates = {w.noiaOpens(), w.noiaCloses(), w.submissionOpens(), w.submissionCloses(),
                w.rfi1Deadline(), w.rfi2Deadline(), w.finalDisposition()};
        String[] names = {"NOIA window opens", "NOIA window closes", "Phase 1 submission opens",
                "Phase 1 submission closes", "RFI 1 deadline", "RFI 2 deadline", "Final disposition"};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                throw new BusinessException(names[i] + " is required.");
            }
        }
        // each pair: {later, earlier}; the NOIA and Phase 1 windows may overlap
        int[][] order = {{1, 0}, {2, 0}, {3, 2}, {4, 3}, {5, 4}, {6, 5}};
        for (int[] pair : order) {
            if (dates[pair[0]].isBefore(dates[pair[1]])) {
                throw new BusinessException(names[pair[0]] + " (" + format(dates[pair[0]]) + ") cannot be before "
                        + names[pair[1]] + " (" + format(dates[pair[1]]) + ").");
            }
        }
        if (!w.finalDisposition().isBefore(agreementStart())) {
            throw new BusinessException("Final disposition (" + format(w.finalDisposition())
                    + ") must come before the agreements start on " + format(agreementStart()) + ".");
        }
        noiaOpens = w.noiaOpens();
        noiaCloses = w.noiaCloses();
        submissionOpens = w.submissionOpens();
        submissionCloses = w.submissionCloses();
        rfi1Deadline = w.rfi1Deadline();
        rfi2Deadline = w.rfi2Deadline();
        finalDisposition = w.finalDisposition();
    }

    public LocalDate agreementStart() {
        return LocalDate.of(agreementYear, 1, 1);
    }

    public boolean noiaOpen(LocalDate today) {
        return !today.isBefore(noiaOpens) && !today.isAfter(noiaCloses);
    }

    public boolean submissionOpen(LocalDate today) {
        return !today.isBefore(submissionOpens) && !today.isAfter(submissionCloses);
    }

    public void requireNoiaOpen(LocalDate today) {
        requireWithin(today, noiaOpens, noiaCloses, "Notice of Intent to Apply window");
    }

    public void requireSubmissionOpen(LocalDate today) {
        requireWithin(today, submissionOpens, submissionCloses, "Phase 1 submission window");
    }

    /** The answer deadline of RFI 1 or RFI 2. */
    public LocalDate rfiDeadline(int round) {
        return switch (round) {
            case 1 -> rfi1Deadline;
            case 2 -> rfi2Deadline;
            default -> throw new BusinessException("There are two requests for information in a cycle, not " + round + ".");
        };
    }

    public void requireDecisionOpen(LocalDate today) {
        if (today.isAfter(finalDisposition)) {
            throw new BusinessException("The final disposition date of the " + agreementYear + " cycle ("
                    + format(finalDisposition) + ") has passed; ask the CMS administrator to change the cycle.");
        }
    }

    private void requireWithin(LocalDate today, LocalDate opens, LocalDate closes, String what) {
        if (today.isBefore(opens)) {
            throw new BusinessException("The " + what + " for " + agreementYear + " opens on " + format(opens) + ".");
        }
        if (today.isAfter(closes)) {
            throw new BusinessException("The " + what + " for " + agreementYear + " closed on " + format(closes)
                    + "; late submissions are not accepted.");
        }
    }

    static String format(LocalDate d) {
        return d.format(US_DATE);
    }

    public Windows windows() {
        return new Windows(noiaOpens, noiaCloses, submissionOpens, submissionCloses, rfi1Deadline, rfi2Deadline,
                finalDisposition);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public int getAgreementYear() {
        return agreementYear;
    }
}
