package gov.cms.ssp.agreement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The glide-path and assignment elections ACOs made for a PY, for CMS's change-request review. */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {
    @EJB
    private AgreementService agreements;

    @GET
    public List<ElectionRow> elections(@QueryParam("py") int py) {
        return agreements.electionsFor(py);
    }
}
