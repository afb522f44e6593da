package gov.cms.ssp.participant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The upload templates: the column layout with one example row. */
@Path("participant-list-templates/{kind: participants|providers-suppliers|snf-affiliates}.csv")
@RequestScoped
public class ListTemplateResource {
    @GET
    @Produces("text/csv")
    public Response template(@PathParam("kind") String kind) {
        ListKind k = ListKind.ofSlug(kind);
        return Response.ok(ListFile.template(k), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + k.slug() + "-template.csv\"").build();
    }
}
