package gov.cms.ssp.clinician;

import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Npi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Clinician home: the NPI on the clinician's account. */
@Named
@RequestScoped
public class ClinicianHomePage {
    @EJB
    private CallerContext caller;

    public String getNpi() {
        return caller.npi().map(Npi::value).orElse(null);
    }

    public String getUserName() {
        return caller.userName();
    }
}
