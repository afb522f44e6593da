package gov.cms.ssp.quality;

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

/**
 * The window CMS sets for a PY's quality reporting through the APP: ACOs report and submit from the
 * day it opens through the day it closes (both included), and not outside it.
 */
@Entity
@Table(name = "quality_reporting_window")
@Audited
public class QualityReportingWindow {
    @Id
    private int py;

    @Version
    private long version;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "set_by", nullable = false, length = 100)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private LocalDateTime setAt;

    protected QualityReportingWindow() {
    }

    public QualityReportingWindow(int py, LocalDate opensOn, LocalDate closesOn, String setBy, LocalDateTime setAt) {
        if (py < 2012 || py > 2100) {
            throw new BusinessException("The performance year must be between 2012 and 2100.");
        }
        this.py = py;
        reschedule(opensOn, closesOn, setBy, setAt);
    }

    /** Moves the window; it never closes before it opens. */
    public void reschedule(LocalDate opensOn, LocalDate closesOn, String setBy, LocalDateTime setAt) {
        if (opensOn == null || closesOn == null) {
            throw new BusinessException("The reporting window needs the day it opens and the day it closes.");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new BusinessException("The reporting window cannot close before it opens.");
        }
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.setBy = Objects.requireNonNull(setBy);
        this.setAt = Objects.requireNonNull(setAt);
    }

    /** Reporting is open on the day (the opening and closing days included). */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public boolean hasClosedBy(LocalDate day) {
        return day.isAfter(closesOn);
    }

    public int getPy() { return py; }
    public long getVersion() { return version; }
    public LocalDate getOpensOn() { return opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public String getSetBy() { return setBy; }
    public LocalDateTime getSetAt() { return setAt; }
}
