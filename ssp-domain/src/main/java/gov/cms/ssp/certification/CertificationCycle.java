package gov.cms.ssp.certification;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.hibernate.envers.Audited;

/** The certification window CMS opens for a PY: from when ACOs may sign, and by when they must. */
@Entity
@Table(name = "certification_cycle")
@Audited
public class CertificationCycle {
    @Id
    private int py;

    @Version
    private long version;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected CertificationCycle() {
    }

    public CertificationCycle(int py, LocalDate opensOn, LocalDate deadline, String openedBy, LocalDateTime openedAt) {
        if (py < 2012 || py > 2100) {
            throw new BusinessException("The performance year must be between 2012 and 2100.");
        }
        this.py = py;
        this.openedBy = Objects.requireNonNull(openedBy);
        this.openedAt = Objects.requireNonNull(openedAt);
        reschedule(opensOn, deadline);
    }

    /** Moves the window; the deadline is never before the opening. */
    public void reschedule(LocalDate opensOn, LocalDate deadline) {
        if (opensOn == null || deadline == null) {
            throw new BusinessException("The window needs an opening date and a deadline.");
        }
        if (deadline.isBefore(opensOn)) {
            throw new BusinessException("The deadline (" + DisplayFormat.date(deadline) + ") cannot be before the window opens (" + DisplayFormat.date(opensOn) + ").");
        }
        this.opensOn = opensOn;
        this.deadline = deadline;
    }

    public boolean hasOpened(LocalDate today) {
        return !today.isBefore(opensOn);
    }

    public int getPy() {
        return py;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getOpenedBy() {
        return openedBy;
    }
}
