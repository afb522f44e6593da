package gov.cms.ssp.reconciliation;

import gov.cms.ssp.shared.DisplayFormat;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
     * Replaces what the ACO had for that PY and performance period. Figures outside the PY's plausible
     * range are refused (400, the findings in the message) unless {@code ?confirmImplausible=true}.
     */
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public FinancialInputView enter(@PathParam("year") int year, HandEnteredInput input,
                                    @jakarta.ws.rs.QueryParam("confirmImplausible") boolean confirmImplausible) {
        if (input != null && input.figures() != null && input.figures().performanceYear() != null
                && input.figures().performanceYear() != year) {
            throw new gov.cms.ssp.shared.BusinessException("The figures are for PY" + input.figures().performanceYear()
                    + ", not PY" + year + ".");
        }
        return inputs.enter(input, confirmImplausible);
    }

    /** The file to fill in: every column the import reads, with one example row. */
    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template(@PathParam("year") int year) {
        return Response.ok(FinancialInputFile.template(year), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"financial-inputs-PY" + year + "-template.csv\"").build();
    }

    /**
     * {@code confirm}: the rows (numbers, comma-separated) whose implausible figures the analyst
     * confirms; a file with unconfirmed implausible rows is answered 400 {@code confirmation-needed}
     * listing each, and nothing is saved.
     */
    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response upload(@PathParam("year") int year, @QueryParam("fileName") @DefaultValue("upload.csv") String fileName,
                           @QueryParam("confirm") @DefaultValue("") String confirm, byte[] body) {
        Set<Long> confirmed = new HashSet<>();
        for (String part : confirm.split(",")) {
            if (part.strip().matches("\\d{1,7}")) {
                confirmed.add(Long.valueOf(part.strip()));
            }
        }
        ImportReport report = inputs.importFile(year, fileName, body == null ? new byte[0] : body, confirmed);
        if (report.isClean()) {
            return Response.ok(report).build();
        }
        if (report.isAwaitingConfirmation()) {
            List<ApiError.FieldError> flags = report.flagged().stream()
                    .map(f -> new ApiError.FieldError("row " + f.row() + ", " + f.acoId(), f.text())).toList();
            return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400, "confirmation-needed",
                    DisplayFormat.count(flags.size(), "row looks", "rows look") + " implausible; nothing was imported. Confirm each row (confirm=row,row) "
                            + "or correct the file.", flags)).build();
        }
        List<ApiError.FieldError> fields = report.problems().stream()
                .map(p -> new ApiError.FieldError((p.row() < 0 ? "file" : p.row() == 0 ? "header" : "row " + p.row())
                        + (p.column() == null ? "" : ", " + p.column()), p.message()))
                .toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400, "invalid-input",
                "The file has " + DisplayFormat.count(fields.size(), "problem", "problems") + "; nothing was imported.", fields)).build();
    }
}
