package gov.cms.ssp.application;

import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** CMS administrators set each cycle's windows and deadlines; the application enforces them. */
@Named
@ViewScoped
public class CycleSettingsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    private List<CycleView> cycles;
    private Integer year;
    private long version = -1;
    private LocalDate noiaOpens, noiaCloses, submissionOpens, submissionCloses, rfi1Deadline, rfi2Deadline, finalDisposition;

    @PostConstruct
    void init() {
        cycles = applications.cycles();
    }

    public void edit(CycleView c) {
        year = c.agreementYear();
        version = c.version();
        noiaOpens = c.noiaOpens();
        noiaCloses = c.noiaCloses();
        submissionOpens = c.submissionOpens();
        submissionCloses = c.submissionCloses();
        rfi1Deadline = c.rfi1Deadline();
        rfi2Deadline = c.rfi2Deadline();
        finalDisposition = c.finalDisposition();
    }

    public void newCycle() {
        year = null;
        version = -1;
        noiaOpens = noiaCloses = submissionOpens = submissionCloses = rfi1Deadline = rfi2Deadline = finalDisposition = null;
    }

    public void save() {
        if (year == null) {
            Feedback.errorFor("cycle:year", "Enter the year the agreements of this cycle start.");
            return;
        }
        CycleView saved = applications.scheduleCycle(year, new ApplicationCycle.Windows(noiaOpens, noiaCloses, submissionOpens,
                submissionCloses, rfi1Deadline, rfi2Deadline, finalDisposition), version);
        version = saved.version();
        cycles = applications.cycles();
        Feedback.info("Saved the " + year + " cycle.");
    }

    public List<CycleView> getCycles() { return cycles; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public boolean isExisting() { return version >= 0; }
    public LocalDate getNoiaOpens() { return noiaOpens; }
    public void setNoiaOpens(LocalDate d) { noiaOpens = d; }
    public LocalDate getNoiaCloses() { return noiaCloses; }
    public void setNoiaCloses(LocalDate d) { noiaCloses = d; }
    public LocalDate getSubmissionOpens() { return submissionOpens; }
    public void setSubmissionOpens(LocalDate d) { submissionOpens = d; }
    public LocalDate getSubmissionCloses() { return submissionCloses; }
    public void setSubmissionCloses(LocalDate d) { submissionCloses = d; }
    public LocalDate getRfi1Deadline() { return rfi1Deadline; }
    public void setRfi1Deadline(LocalDate d) { rfi1Deadline = d; }
    public LocalDate getRfi2Deadline() { return rfi2Deadline; }
    public void setRfi2Deadline(LocalDate d) { rfi2Deadline = d; }
    public LocalDate getFinalDisposition() { return finalDisposition; }
    public void setFinalDisposition(LocalDate d) { finalDisposition = d; }
}
