package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.rest.ApiError;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * The claims-to-settlement pipeline for CMS: a data year's section A files (uploaded whole, or in parts
 * for files of several GB — the page does that, with a progress bar) and the assignment runs. A file
 * with problems is refused whole: a 400 listing them by line and column.
 */
@Path("assignment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @EJB
    private DataLoadService data;
    @EJB
    private AssignmentRunService runs;

    @GET
    @Path("data/{year}")
    public List<DataFileView> files(@PathParam("year") int year) {
        return data.files(year);
    }

    @PUT
    @Path("data/{year}/{file}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response uploadWhole(@PathParam("year") int year, @PathParam("file") String file, InputStream body) {
        return report(data.upload(year, file, body));
    }

    @POST
    @Path("data/{year}/{file}/uploads")
    public JsonObject begin(@PathParam("year") int year, @PathParam("file") String file) {
        return Json.createObjectBuilder().add("token", data.begin(year, file)).add("partBytes", DataLoadService.MAX_PART_BYTES).build();
    }

    @PUT
    @Path("data/{year}/{file}/uploads/{token}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public JsonObject part(@PathParam("year") int year, @PathParam("file") String file, @PathParam("token") String token,
                           @QueryParam("offset") @DefaultValue("0") long offset, InputStream body) {
        return Json.createObjectBuilder().add("received", data.appendPart(year, file, token, offset, body)).build();
    }

    @POST
    @Path("data/{year}/{file}/uploads/{token}/complete")
    public Response complete(@PathParam("year") int year, @PathParam("file") String file, @PathParam("token") String token) {
        return report(data.complete(year, file, token));
    }

    private static Response report(UploadReport report) {
        if (report.isClean()) {
            return Response.ok(report).build();
        }
        List<ApiError.FieldError> fields = report.problems().stream()
                .map(p -> new ApiError.FieldError((p.line() <= 0 ? "file" : "line " + p.line())
                        + (p.column() == null ? "" : ", column " + p.column()), p.message()))
                .toList();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(400, "invalid-input",
                report.fileName() + " has " + (fields.size() >= DataLoadService.PROBLEM_LIMIT
                        ? fields.size() + " or more problems" : DisplayFormat.count(fields.size(), "problem", "problems"))
                        + "; nothing of it was loaded.", fields)).build();
    }

    /** {@code quarter} null: the PY's final run with its benchmark years; 1–4: a quarterly report. */
    public record StartRequest(int performanceYear, Integer quarter) {
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentRunView start(StartRequest request) {
        return runs.start(request == null ? 0 : request.performanceYear(), request == null ? null : request.quarter());
    }

    @GET
    @Path("runs")
    public List<AssignmentRunView> list(@QueryParam("performanceYear") int py) {
        return runs.runs(py);
    }

    @GET
    @Path("runs/{id}")
    public AssignmentRunView run(@PathParam("id") long id) {
        return runs.run(id);
    }

    @POST
    @Path("runs/{id}/resume")
    public AssignmentRunView resume(@PathParam("id") long id) {
        return runs.resume(id);
    }

    @GET
    @Path("runs/{id}/summary/{year}")
    public List<AssignmentRunService.AcoSummaryRow> summary(@PathParam("id") long id, @PathParam("year") int year) {
        return runs.summary(id, year);
    }
}
