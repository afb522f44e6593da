package gov.cms.ssp.certification;

import gov.cms.ssp.certification.Certification.Signature;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual certification over HTTP: windows (CMS), every ACO's status (CMS), one ACO's package
 * (the ACO and CMS), signing (the ACO executive), extensions (cms-admin), the lists as signed.
 * The service decides who may do what.
 */
@Path("certifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {
    @EJB
    private CertificationService certifications;

    public record WindowRequest(LocalDate opensOn, LocalDate deadline) {
    }

    public record SignatureRequest(String name, String title, List<CertificationItem> attested) {
    }

    public record ExtensionRequest(LocalDate until, String reason) {
    }

    @GET
    public List<CycleView> cycles() {
        return certifications.cycles();
    }

    @PUT
    @Path("{py}")
    public CycleView openWindow(@PathParam("py") int py, WindowRequest request) {
        return certifications.openWindow(py, request == null ? null : request.opensOn(), request == null ? null : request.deadline());
    }

    @GET
    @Path("{py}/acos")
    public Page<DashboardRow> dashboard(@PathParam("py") int py, @QueryParam("first") @DefaultValue("0") int first,
                                        @QueryParam("max") @DefaultValue("25") int max, @QueryParam("status") String status,
                                        @QueryParam("acoId") String acoId) {
        return certifications.dashboard(py, new PageRequest(first, max, null, true, filters(status, acoId)));
    }

    @GET
    @Path("{py}/export")
    @Produces("text/csv")
    public Response export(@PathParam("py") int py, @QueryParam("status") String status) {
        return Response.ok(certifications.dashboardCsv(py, new PageRequest(0, 1, null, true, filters(status, null))),
                        "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"certification-" + py + ".csv\"").build();
    }

    @GET
    @Path("{py}/acos/{acoId}")
    public CertificationPackage certificationPackage(@PathParam("py") int py, @PathParam("acoId") String acoId) {
        return certifications.packageFor(AcoId.of(acoId), py);
    }

    @POST
    @Path("{py}/acos/{acoId}/signature")
    public CertificationPackage sign(@PathParam("py") int py, @PathParam("acoId") String acoId, SignatureRequest request) {
        SignatureRequest r = request == null ? new SignatureRequest(null, null, List.of()) : request;
        return certifications.sign(AcoId.of(acoId), py, Signature.of(r.name(), r.title(), r.attested()));
    }

    @POST
    @Path("{py}/acos/{acoId}/extension")
    public CertificationPackage extend(@PathParam("py") int py, @PathParam("acoId") String acoId, ExtensionRequest request) {
        return certifications.grantExtension(AcoId.of(acoId), py, request == null ? null : request.until(),
                request == null ? null : request.reason());
    }

    @GET
    @Path("{py}/acos/{acoId}/{kind: participants|providers-suppliers}")
    public Page<CertifiedEntryView> certified(@PathParam("py") int py, @PathParam("acoId") String acoId,
                                              @PathParam("kind") String kind, @QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("max") @DefaultValue("25") int max) {
        return certifications.certifiedEntries(AcoId.of(acoId), py, ListKind.ofSlug(kind), new PageRequest(first, max, null, true, null));
    }

    private static Map<String, String> filters(String status, String acoId) {
        Map<String, String> filters = new HashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        if (acoId != null) {
            filters.put("acoId", acoId);
        }
        return filters;
    }
}
