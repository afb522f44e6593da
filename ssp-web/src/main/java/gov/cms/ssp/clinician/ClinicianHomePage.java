package gov.cms.ssp.clinician;

import gov.cms.ssp.lookup.NpiResult;
import gov.cms.ssp.lookup.ParticipationLookupService;
import gov.cms.ssp.lookup.ParticipationRow;
import gov.cms.ssp.shared.CallerContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Clinician home, "My participation": the NPI on the account and its participation over all years. */
@Named
@RequestScoped
public class ClinicianHomePage {
    @EJB
    private CallerContext caller;
    @EJB
    private ParticipationLookupService lookup;

    private NpiResult mine;

    public String getUserName() {
        return caller.userName();
    }

    public String getNpi() {
        return result().npi();
    }

    public List<ParticipationRow> getParticipations() {
        return result().participations();
    }

    private NpiResult result() {
        if (mine == null) {
            mine = lookup.myParticipation();
        }
        return mine;
    }
}
