package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.rest.ApiError;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Financial inputs per PY: CMS staff read them; a CMS financial analyst uploads a PUF-layout CSV
 * (the body) — all or nothing, a 400 listing every problem by row and column otherwise.
 */
@Path("reconciliation/financial-inputs/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FinancialInputResource {
    @EJB
    private FinancialInputService inputs;

    @GET
    public List<FinancialInputView> list(@PathParam("year") int year, @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("size") @DefaultValue("100") int size) {
        return inputs.search(year, new PageRequest(first, size, "acoId", true, Map.of())).rows();
    }

    /**
     * One ACO's inputs typed in (every input the import takes); the path's year must be the figures'.
     * Replaces what the ACO had for that PY and performance period.
     */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public FinancialInputView enter(@PathParam("year") int year, HandEnteredInput input) {
        if (input != null && input.figures() != null && input.figures().performanceYear() != null
                && input.figures().performanceYear() != year) {
            throw new gov.cms.ssp.shared.BusinessException("The figures are for PY" + input.figures().performanceYear()
                    + ", not PY" + year + ".");
        }
        return inputs.enter(input);
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response upload(@PathParam("year") int year, @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
                           byte[] body) {
        ImportReport report = inputs.importFile(year, fileName, body == null ? new byte[0] : body);
        if (report.isClean()) {
            return Response.ok(report).build();
        }
        List<ApiError.FieldError> fields = report.problems().stream()
                .map(p -> new ApiError.FieldError((p.row() < 0 ? "file" : p.row() == 0 ? "header" : "row " + p.row())
                        + (p.column() == null ? "" : ", " + p.column()), p.message()))
                .toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400, "invalid-input",
                "The file has " + fields.size() + " problem(s); nothing was imported.", fields)).build();
    }
}
