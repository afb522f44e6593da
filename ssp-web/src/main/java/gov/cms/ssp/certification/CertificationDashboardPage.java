package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.DisplayFormat;

import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

import java.time.LocalDate;
import java.util.List;


import org.primefaces.model.StreamedContent;

/** CMS's view of a PY's certification: every ACO's status, the window, extensions, the exports. */
@Named
@ViewScoped
public class CertificationDashboardPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificationService certifications;

    private int py;
    private List<CycleView> cycles = List.of();
    private LazyTable<DashboardRow> rows;

    private Integer windowPy;
    private LocalDate windowOpens;
    private LocalDate windowDeadline;

    private String extensionAcoId;
    private LocalDate extensionUntil;
    private String extensionReason;

    @PostConstruct
    void init() {
        String requested = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("py");
        py = requested != null && requested.matches("\\d{4}") ? Integer.parseInt(requested) : certifications.currentPy();
        load();
    }

    private void load() {
        cycles = certifications.cycles();
        int year = py;
        rows = cycles.stream().anyMatch(c -> c.py() == year)
                ? new LazyTable<>(r -> certifications.dashboard(year, r), DashboardRow::acoId) : null;
    }

    public CycleView getCycle() {
        return cycles.stream().filter(c -> c.py() == py).findFirst().orElse(null);
    }

    public void changeYear() {
        load();
    }

    public void openWindow() {
        CycleView opened = certifications.openWindow(windowPy == null ? 0 : windowPy, windowOpens, windowDeadline);
        py = opened.py();
        Feedback.info("The certification window for " + opened.py() + " runs from " + DisplayFormat.date(opened.opensOn()) + " to " + DisplayFormat.date(opened.deadline()) + ".");
        load();
    }

    public void prepareExtension(String acoId) {
        extensionAcoId = acoId;
        extensionUntil = null;
        extensionReason = null;
    }

    public void grantExtension() {
        CertificationPackage p = certifications.grantExtension(AcoId.of(extensionAcoId), py, extensionUntil, extensionReason);
        Feedback.info(extensionAcoId + " may now sign its " + py + " certification until " + DisplayFormat.date(p.deadline()) + ".");
        org.primefaces.PrimeFaces.current().executeScript("PF('extensionDialog').hide()");
        load();
    }

    static final gov.cms.ssp.shared.web.TableExport<DashboardRow> EXPORT = gov.cms.ssp.shared.web.TableExport.of("certification",
            gov.cms.ssp.shared.web.TableExport.text("ACO ID", DashboardRow::acoId),
            gov.cms.ssp.shared.web.TableExport.text("Legal name", DashboardRow::legalName),
            gov.cms.ssp.shared.web.TableExport.text("Track / level", DashboardRow::trackLabel),
            gov.cms.ssp.shared.web.TableExport.text("Status", DashboardRow::statusLabel),
            gov.cms.ssp.shared.web.TableExport.date("Deadline", DashboardRow::deadline),
            gov.cms.ssp.shared.web.TableExport.date("Extended to", DashboardRow::extendedTo),
            gov.cms.ssp.shared.web.TableExport.text("Extension reason", DashboardRow::extensionReason),
            gov.cms.ssp.shared.web.TableExport.text("Signed by", DashboardRow::signerName),
            new gov.cms.ssp.shared.web.TableExport.Column<>("Signed at", r -> DisplayFormat.dateTime(r.signedAt())));

    /** The dashboard's rows with the table's filters, as CSV and as an Excel workbook (the shared table export). */
    public StreamedContent getCsv() {
        return EXPORT.csv(rows.exportRows());
    }

    public StreamedContent getXlsx() {
        return EXPORT.xlsx(rows.exportRows());
    }

    public List<CertificationStatus> getStatuses() {
        return List.of(CertificationStatus.values());
    }

    public int getPy() { return py; }
    public void setPy(int py) { this.py = py; }
    public List<CycleView> getCycles() { return cycles; }
    public LazyTable<DashboardRow> getRows() { return rows; }
    public Integer getWindowPy() { return windowPy; }
    public void setWindowPy(Integer windowPy) { this.windowPy = windowPy; }
    public LocalDate getWindowOpens() { return windowOpens; }
    public void setWindowOpens(LocalDate windowOpens) { this.windowOpens = windowOpens; }
    public LocalDate getWindowDeadline() { return windowDeadline; }
    public void setWindowDeadline(LocalDate windowDeadline) { this.windowDeadline = windowDeadline; }
    public String getExtensionAcoId() { return extensionAcoId; }
    public LocalDate getExtensionUntil() { return extensionUntil; }
    public void setExtensionUntil(LocalDate extensionUntil) { this.extensionUntil = extensionUntil; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String extensionReason) { this.extensionReason = extensionReason; }
}
