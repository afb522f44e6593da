package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
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
import java.util.HashMap;
import java.util.Map;

/**
 * An ACO's lists for a PY over HTTP: read (the ACO and CMS), upload and submit (the ACO's own
 * people; the service checks). An upload with problems answers 422 with every problem and saves
 * nothing.
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

    @GET
    @Path("{kind: participants|providers-suppliers}")
    public Page<ListEntryView> inForce(@PathParam("kind") String kind, @QueryParam("first") @DefaultValue("0") int first,
                                       @QueryParam("max") @DefaultValue("25") int max, @QueryParam("tin") String tin,
                                       @QueryParam("npi") String npi, @QueryParam("name") String name) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "tin", tin);
        put(filters, "npi", npi);
        put(filters, "name", name);
        return lists.inForce(AcoId.of(acoId), py, ListKind.ofSlug(kind), new PageRequest(first, max, null, true, filters));
    }

    @GET
    @Path("{kind: participants|providers-suppliers}/export")
    @Produces(CSV)
    public Response export(@PathParam("kind") String kind) {
        ListKind k = ListKind.ofSlug(kind);
        return Response.ok(lists.exportCsv(AcoId.of(acoId), py, k), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-" + py + "-" + k.slug() + ".csv\"").build();
    }

    @GET
    @Path("{kind: participants|providers-suppliers}/export.xlsx")
    @Produces(XLSX)
    public Response exportXlsx(@PathParam("kind") String kind) {
        ListKind k = ListKind.ofSlug(kind);
        return Response.ok(lists.exportXlsx(AcoId.of(acoId), py, k), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-" + py + "-" + k.slug() + ".xlsx\"").build();
    }

    @POST
    @Path("{kind: participants|providers-suppliers}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("kind") String kind, byte[] content) {
        UploadResult result = lists.upload(AcoId.of(acoId), py, ListKind.ofSlug(kind), content);
        return Response.status(result.saved() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }

    @POST
    @Path("{kind: participants|providers-suppliers}/{entryId}/deletion")
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
