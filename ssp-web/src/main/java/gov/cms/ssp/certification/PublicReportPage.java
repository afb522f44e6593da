package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The public reporting page of one ACO (/aco-public.xhtml?acoId=A1001): no login, every value escaped. */
@Named
@RequestScoped
public class PublicReportPage {
    @EJB
    private CertificationService certifications;

    private PublicReport report;

    @PostConstruct
    void init() {
        String acoId = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("acoId");
        try {
            report = acoId != null && AcoId.isValid(acoId) ? certifications.publicReport(AcoId.of(acoId)) : null;
        } catch (NotFoundException e) {
            report = null;
        }
        if (report == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public PublicReport getReport() {
        return report;
    }
}
