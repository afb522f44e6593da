package gov.cms.ssp.certification;

import gov.cms.ssp.shared.AcoId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The free-text parts of an ACO's public reporting page: read (the ACO, CMS), written by the ACO's own people. */
@Path("public-pages/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicPageResource {
    @EJB
    private CertificationService certifications;

    @PathParam("acoId")
    private String acoId;

    @GET
    public PublicText text() {
        return certifications.publicText(AcoId.of(acoId));
    }

    @PUT
    public PublicText describe(PublicText text) {
        return certifications.describePublicPage(AcoId.of(acoId), text);
    }
}
