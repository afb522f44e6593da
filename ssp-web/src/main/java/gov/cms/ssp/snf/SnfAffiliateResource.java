package gov.cms.ssp.snf;

import gov.cms.ssp.participant.UploadResult;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An ACO's SNF affiliates over HTTP: read (the ACO and CMS), upload, add and remove (the ACO's own
 * people; the service checks). An upload or entry with problems answers 422 with every problem and
 * saves nothing; an ACO whose track has no SNF waiver gets 400.
 */
@Path("snf-affiliates/{acoId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SnfAffiliateResource {
    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private SnfAffiliateService snfs;

    @PathParam("acoId")
    private String acoId;

    /** A new affiliate typed by hand; the same fields as a CSV row. */
    public record NewAffiliate(String ccn, String facilityName, String tin, String starRating) {
    }

    @GET
    public Page<SnfAffiliateView> inForce(@QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("max") @DefaultValue("25") int max, @QueryParam("ccn") String ccn,
                                          @QueryParam("tin") String tin, @QueryParam("name") String name) {
        Map<String, String> filters = new HashMap<>();
        put(filters, "ccn", ccn);
        put(filters, "tin", tin);
        put(filters, "facilityName", name);
        return snfs.inForce(AcoId.of(acoId), new PageRequest(first, max, null, true, filters));
    }

    @GET
    @Path("waiver")
    public SnfWaiverStatus waiver() {
        return snfs.waiverStatus(AcoId.of(acoId));
    }

    @GET
    @Path("export")
    @Produces(CSV)
    public Response export() {
        return Response.ok(snfs.exportCsv(AcoId.of(acoId)), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-snf-affiliates.csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    public Response exportXlsx() {
        return Response.ok(snfs.exportXlsx(AcoId.of(acoId)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + acoId + "-snf-affiliates.xlsx\"").build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(byte[] content) {
        return answer(snfs.upload(AcoId.of(acoId), content));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewAffiliate entry) {
        NewAffiliate e = entry == null ? new NewAffiliate(null, null, null, null) : entry;
        return answer(snfs.add(AcoId.of(acoId), Arrays.asList(e.ccn(), e.facilityName(), e.tin(), e.starRating())));
    }

    @DELETE
    @Path("{affiliateId}")
    public Response remove(@PathParam("affiliateId") long affiliateId) {
        snfs.remove(AcoId.of(acoId), affiliateId);
        return Response.noContent().build();
    }

    private static Response answer(UploadResult result) {
        return Response.status(result.saved() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(result).build();
    }

    private static void put(Map<String, String> filters, String key, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(key, value);
        }
    }
}
