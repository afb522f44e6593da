package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An ACO's compliance plan versions: upload (the ACO's own people), list and download (the ACO, CMS). */
@Path("compliance-plans/{acoId}")
@RequestScoped
public class CompliancePlanResource {
    @EJB
    private CertificationService certifications;

    @PathParam("acoId")
    private String acoId;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CompliancePlanView> versions() {
        return certifications.compliancePlans(AcoId.of(acoId));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public CompliancePlanView upload(@QueryParam("fileName") String fileName, byte[] content) {
        return certifications.uploadCompliancePlan(AcoId.of(acoId), fileName, content);
    }

    @GET
    @Path("{version}")
    @Produces("application/pdf")
    public Response download(@PathParam("version") int version) {
        CertificationService.CompliancePlanFile file = certifications.compliancePlan(AcoId.of(acoId), version);
        return Response.ok(file.content(), "application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
