package gov.cms.ssp.audit;

import gov.cms.ssp.shared.DisplayFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import gov.cms.ssp.shared.web.TableExport;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** CMS administration: the latest changes to records, who made them and when, filtered and exported. */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    @EJB
    private AuditService audit;

    private String acoId;
    private String userName;
    private String recordType;
    private LocalDate from;
    private LocalDate to;
    private List<String> recordTypes = List.of();
    private List<AuditEntry> entries;

    @PostConstruct
    void init() {
        recordTypes = audit.recordTypes();
        // the ACO 360 page links here narrowed to its ACO
        String aco = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("aco");
        if (aco != null && gov.cms.ssp.shared.AcoId.isValid(aco)) {
            acoId = aco.strip().toUpperCase(java.util.Locale.ROOT);
        }
    }

    public String when(Instant changedAt) {
        return DisplayFormat.dateTime(changedAt);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.search(filter(), SHOWN);
        }
        return entries;
    }

    /** Apply the filters. */
    public void search() {
        entries = null;
    }

    public void clear() {
        acoId = userName = recordType = null;
        from = to = null;
        entries = null;
    }

    /** The trail's columns as the page shows them, old → new values in words (the API's CSV has the same columns). */
    static final TableExport<AuditEntry> EXPORT = TableExport.of("audit-trail",
            TableExport.dateTime("When", AuditEntry::changedAt), TableExport.text("Who", AuditEntry::userName),
            TableExport.text("ACO", AuditEntry::acoId), TableExport.text("Record", AuditEntry::recordType),
            TableExport.text("Key", AuditEntry::recordKey), TableExport.text("Change", AuditEntry::change),
            TableExport.text("Fields changed (old → new)", AuditEntry::changeText));

    /** The trail as filtered, up to the most the trail answers at once, as CSV. */
    public StreamedContent getCsv() {
        return EXPORT.csv(audit.search(filter(), AuditService.MOST));
    }

    /** The same as an Excel workbook. */
    public StreamedContent getXlsx() {
        return EXPORT.xlsx(audit.search(filter(), AuditService.MOST));
    }

    private AuditFilter filter() {
        return new AuditFilter(acoId, userName, recordType, from, to);
    }

    public String getAcoId() { return acoId; }
    public void setAcoId(String acoId) { this.acoId = acoId; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<String> getRecordTypes() { return recordTypes; }
}
