package gov.cms.ssp.snf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** The SNF affiliate upload template: the column layout with one example row. */
@Path("snf-affiliate-template.csv")
@RequestScoped
public class SnfTemplateResource {
    @GET
    @Produces("text/csv")
    public Response template() {
        return Response.ok(SnfScreening.template(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"snf-affiliates-template.csv\"").build();
    }
}
