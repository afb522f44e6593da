package gov.cms.ssp.audit;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** CMS administration: the latest changes to domain records, who made them and when. */
@Named
@RequestScoped
public class AuditTrailPage {
    static final int SHOWN = 500;

    @EJB
    private AuditService audit;
    private List<AuditEntry> entries;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String when(Instant changedAt) {
        return WHEN.format(changedAt);
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.recentChanges(SHOWN);
        }
        return entries;
    }
}
