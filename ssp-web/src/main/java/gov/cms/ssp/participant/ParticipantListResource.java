package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import gov.cms.ssp.snf.SnfWaiverStatus;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ACO's lists for a PY over HTTP — participants, providers-suppliers, snf-affiliates: read (the
 * ACO and CMS); upload, add, change, delete and submit (the ACO's own people; the service checks).
 * An upload or entry with problems answers 422 with every problem and saves nothing.
 */
@Path("participant-lists/{acoId}/{py}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantListResource {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ParticipantListService lists;

    @PathParam("acoId")
    private String acoId;

    @PathParam("py")
    private int py;

    @GET
    public ListOverview overview() {
        return lists.overview(AcoId.of(acoId), py);
    }

    /**
     * One entry's values, named; which ones a list uses follows its CSV layout: participants tin,
     * name, primaryCare (Y/N); providers-suppliers npi, name, specialty, tin (the participant TIN it
     * bills through), effectiveDate; snf-affiliates ccn, name, tin, starRating.
     */
    public record Entry(String tin, String npi, String ccn, String name, String specialty, String primaryCare,
                        String effectiveDate, String starRating) {
        List<String> fields(ListKind kind) {
            return switch (kind) {
                case PARTICIPANT -> Arrays.asList(tin, name, primaryCare);
                case PROVIDER_SUPPLIER -> Arrays.asList(npi, name, specialty, tin, effectiveDate);
                case SNF_AFFILIATE -> Arrays.asList(ccn, name, tin, starRating);
            };
        }
    }

    @GET
    @Path("snf-waiver")
    public SnfWaiverStatus snfWaiver() {
        return lists.snfWaiver(AcoId.of(acoId), py);
    }

    @GET
    @Path("{kind: participants|providers-suppliers|snf-affiliates}")
    public Page<ListEntryView> inForce(@PathParam("kind") String kind, @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("25") int max, @QueryParam("tin") String tin,
                                       @QueryParam("npi") String npi, @QueryParam("ccn") String ccn, @QueryParam("name") String name) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "tin", tin);
        put(filters, "npi", npi);
        put(filters, "ccn", ccn);
        put(filters, "name", name);
        return lists.inForce(AcoId.of(acoId), py, ListKind.ofSlug(kind), new PageRequest(first, max, null, true, filters));
    }

    @GET
    @Path("{kind: participants|providers-suppliers|snf-affiliates}/export")
    @Produces(CSV)
    public Response export(@PathParam("kind") String kind) {
        ListKind k = ListKind.ofSlug(kind);
        return Response.ok(lists.exportCsv(AcoId.of(acoId), py, k), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-" + py + "-" + k.slug() + ".csv\"").build();
    }

    @GET
    @Path("{kind: participants|providers-suppliers|snf-affiliates}/export.xlsx")
    @Produces(XLSX)
    public Response exportXlsx(@PathParam("kind") String kind) {
        ListKind k = ListKind.ofSlug(kind);
        return Response.ok(lists.exportXlsx(AcoId.of(acoId), py, k), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-" + py + "-" + k.slug() + ".xlsx\"").build();
    }

    @POST
    @Path("{kind: participants|providers-suppliers|snf-affiliates}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("kind") String kind, byte[] content) {
        return answer(lists.upload(AcoId.of(acoId), py, ListKind.ofSlug(kind), content));
    }

    private static Response answer(UploadResult result) {
        return Response.status(result.saved() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }

    @POST
    @Path("{kind: participants|providers-suppliers|snf-affiliates}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("kind") String kind, Entry entry) {
        ListKind k = ListKind.ofSlug(kind);
        return answer(lists.addEntry(AcoId.of(acoId), py, k, entry.fields(k)));
    }

    /** A correction of an entry in force, added to the draft change request. */
    @PUT
    @Path("{kind: participants|providers-suppliers|snf-affiliates}/{entryId: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("kind") String kind, @PathParam("entryId") long entryId, Entry entry) {
        ListKind k = ListKind.ofSlug(kind);
        return answer(lists.requestChange(AcoId.of(acoId), py, k, entryId, entry.fields(k)));
    }

    @POST
    @Path("{kind: participants|providers-suppliers|snf-affiliates}/{entryId}/deletion")
    public Response delete(@PathParam("kind") String kind, @PathParam("entryId") long entryId,
                           @QueryParam("terminationDate") String terminationDate) {
        lists.requestDeletion(AcoId.of(acoId), py, ListKind.ofSlug(kind), entryId,
                terminationDate == null ? null : ListScreening.parseDate(terminationDate));
        return Response.noContent().build();
    }

    @GET
    @Path("changes")
    public Page<ChangeRowView> changes(@QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("25") int max) {
        return lists.changes(AcoId.of(acoId), py, new PageRequest(first, max, null, true, null));
    }

    /** Fixes a row of the draft change request (an addition or a change); 422 with the problems keeps the old row. */
    @PUT
    @Path("changes/{rowId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceDraftRow(@PathParam("rowId") long rowId, Entry entry) {
        ListKind kind = lists.changeRow(AcoId.of(acoId), rowId).kind();
        return answer(lists.replaceDraftRow(AcoId.of(acoId), rowId, entry.fields(kind)));
    }

    @DELETE
    @Path("changes/{rowId}")
    public Response removeDraftRow(@PathParam("rowId") long rowId) {
        lists.removeDraftRow(AcoId.of(acoId), rowId);
        return Response.noContent().build();
    }

    @POST
    @Path("submission")
    public ChangeRequestSummary submit() {
        return lists.submit(AcoId.of(acoId), py);
    }

    private static void put(Map<String, String> filters, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(key, value);
        }
    }

}
