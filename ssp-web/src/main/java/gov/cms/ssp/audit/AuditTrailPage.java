package gov.cms.ssp.audit;

import gov.cms.ssp.shared.DisplayFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
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

    /** The trail as filtered, every column in words (the service writes the same file for the API). */
    public StreamedContent getExport() {
        byte[] bytes = audit.csv(filter(), AuditService.MOST).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("audit-trail.csv").contentType("text/csv;charset=UTF-8")
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
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
