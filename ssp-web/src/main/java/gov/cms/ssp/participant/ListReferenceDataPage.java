package gov.cms.ssp.participant;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** CMS administrators: the change-request window per PY and the other-initiatives reference list. */
@Named
@ViewScoped
public class ListReferenceDataPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ProgramReferenceData reference;
    @EJB
    private ParticipantListService lists;

    private List<ChangeRequestWindow> windows;
    private int py;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDate decideBy;
    private transient Part file;
    private List<RowProblem> problems = List.of();

    @PostConstruct
    void init() {
        windows = lists.windows();
        py = lists.changePy();
    }

    public void saveWindow() {
        ChangeRequestWindow window = new ChangeRequestWindow(py, opensOn, closesOn, decideBy);
        reference.setWindow(window);
        windows = lists.windows();
        Feedback.info("The change-request window for " + py + " is " + DisplayFormat.date(opensOn) + " to "
                + DisplayFormat.date(closesOn) + "; CMS decides by " + DisplayFormat.date(window.decideBy()) + ".");
    }

    public void loadInitiatives() {
        if (file == null) {
            Feedback.errorFor("initiatives:file", "Choose a CSV file to upload.");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems = reference.loadInitiatives(content);
        if (problems.isEmpty()) {
            Feedback.info("Loaded " + file.getSubmittedFileName() + "; it replaces the entries of the years it covers.");
        } else {
            Feedback.error(file.getSubmittedFileName() + " was not loaded: " + DisplayFormat.count(problems.size(), "problem", "problems") + ", listed below.");
        }
    }

    public List<ChangeRequestWindow> getWindows() { return windows; }
    public int getPy() { return py; }
    public void setPy(int py) { this.py = py; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public List<RowProblem> getProblems() { return problems; }
    public String getInitiativeCodes() { return OtherInitiative.codes(); }
    public LocalDate getDecideBy() { return decideBy; }
    public void setDecideBy(LocalDate decideBy) { this.decideBy = decideBy; }
}
