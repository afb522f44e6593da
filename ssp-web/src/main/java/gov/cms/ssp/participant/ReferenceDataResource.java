package gov.cms.ssp.participant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** What CMS administrators set for participant lists: windows and the other-initiatives list. */
@Path("reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {
    @EJB
    private ProgramReferenceData reference;

    public record WindowDates(LocalDate opensOn, LocalDate closesOn, LocalDate decideBy) {
    }

    @PUT
    @Path("change-request-windows/{py}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setWindow(@PathParam("py") int py, WindowDates dates) {
        reference.setWindow(new ChangeRequestWindow(py, dates == null ? null : dates.opensOn(), dates == null ? null : dates.closesOn(),
                dates == null ? null : dates.decideBy()));
        return Response.noContent().build();
    }

    @POST
    @Path("other-initiatives")
    @Consumes(MediaType.WILDCARD)
    public Response loadInitiatives(byte[] content) {
        List<RowProblem> problems = reference.loadInitiatives(content);
        return Response.status(problems.isEmpty() ? 200 : 422).entity(new UploadResult(problems.isEmpty(), 0, problems)).build();
    }
}
