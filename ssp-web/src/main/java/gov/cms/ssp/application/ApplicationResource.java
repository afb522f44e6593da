package gov.cms.ssp.application;

import gov.cms.ssp.shared.PageRequest;
import gov.cms.ssp.shared.UploadedFileName;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applications over HTTP, the same service calls as the pages. {@code version} is the version the
 * client read; a stale one gets 409 with who changed it.
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {
    @EJB
    private ApplicationService applications;
    @EJB
    private ApplicationReceiptService receipts;

    /** CMS: the review queue, filtered by status, track, reviewer, cycle year, ACO ID. */
    @GET
    public List<ApplicationRow> queue(@QueryParam("status") String status, @QueryParam("track") String track,
                                      @QueryParam("reviewer") String reviewer, @QueryParam("cycleYear") String year,
                                      @QueryParam("acoId") String acoId, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("50") int max) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "status", status);
        put(filters, "track", track);
        put(filters, "reviewer", reviewer);
        put(filters, "cycleYear", year);
        put(filters, "acoId", acoId);
        return applications.queue(new PageRequest(first, max, null, true, filters)).rows();
    }

    @GET
    @Path("mine")
    public List<ApplicationView> mine() {
        return applications.myApplications();
    }

    @GET
    @Path("{id}")
    public ApplicationView view(@PathParam("id") long id) {
        return applications.view(id);
    }

    @PUT
    @Path("{id}/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView save(@PathParam("id") long id, @PathParam("section") ApplicationSection section,
                                ApplicationForm form, @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.saveSection(id, section, form, version);
    }

    @POST
    @Path("{id}/documents/{kind}")
    @Consumes("application/pdf")
    public ApplicationView upload(@PathParam("id") long id, @PathParam("kind") DocumentKind kind,
                                  @QueryParam("fileName") String fileName, byte[] content,
                                  @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.upload(id, kind, fileName, content, version);
    }

    /** A PDF attached to the ACO's answer to a deficiency of the open request for information. */
    @POST
    @Path("{id}/deficiencies/{deficiencyId}/attachments")
    @Consumes("application/pdf")
    public ApplicationView attachToAnswer(@PathParam("id") long id, @PathParam("deficiencyId") long deficiencyId,
                                          @QueryParam("fileName") String fileName, byte[] content,
                                          @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.attachToAnswer(id, deficiencyId, fileName, content, version);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces("application/pdf")
    public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        // always a download, never shown inline from the application's origin (a PDF viewer runs scripts)
        ApplicationService.DocumentFile file = applications.document(id, documentId);
        return Response.ok(file.content(), "application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + UploadedFileName.of(file.fileName()) + "\"").build();
    }

    /** The receipts of every submission of the application, the first first. */
    @GET
    @Path("{id}/receipts")
    public List<ReceiptView> receipts(@PathParam("id") long id) {
        return receipts.receipts(id);
    }

    /** A submission's receipt with the copy of what was submitted, as a PDF download. */
    @GET
    @Path("{id}/receipts/{number}")
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") long id, @PathParam("number") int number) {
        ReceiptView r = receipts.receipt(id, number);
        return Response.ok(ReceiptPdf.of(r), "application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"").build();
    }

    @POST
    @Path("{id}/submit")
    public ApplicationView submit(@PathParam("id") long id, @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.submit(id, version);
    }

    public record Answer(String response) {
    }

    @POST
    @Path("{id}/deficiencies/{deficiencyId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView answer(@PathParam("id") long id, @PathParam("deficiencyId") long deficiencyId, Answer answer,
                                  @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.answer(id, deficiencyId, answer == null ? null : answer.response(), version);
    }

    public record NewDeficiency(ApplicationSection section, String description) {
    }

    @POST
    @Path("{id}/deficiencies")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView deficiency(@PathParam("id") long id, NewDeficiency d,
                                      @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.recordDeficiency(id, d == null ? null : d.section(), d == null ? null : d.description(), version);
    }

    @POST
    @Path("{id}/rfi")
    public ApplicationView rfi(@PathParam("id") long id, @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.issueRfi(id, version);
    }

    @POST
    @Path("{id}/approve")
    public ApplicationView approve(@PathParam("id") long id, @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.approve(id, version);
    }

    public record Denial(String reason) {
    }

    /** A supervisor reopens a denial: {@code {"reason":"…"}}. */
    @POST
    @Path("{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView reopen(@PathParam("id") long id, Denial reopening,
                                  @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.reopen(id, reopening == null ? null : reopening.reason(), version);
    }

    @POST
    @Path("{id}/deny")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView deny(@PathParam("id") long id, Denial denial,
                                @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.deny(id, denial == null ? null : denial.reason(), version);
    }

    private static void put(Map<String, String> filters, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(key, value);
        }
    }
}
