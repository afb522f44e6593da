package gov.cms.ssp.application;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.NotFoundException;
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
import java.util.List;

/** Application cycles (CMS administrators set the dates), notices of intent and starting an application. */
@Path("application-cycles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationCycleResource {
    @EJB
    private ApplicationService applications;
    @EJB
    private NoticeService notices;

    @GET
    public List<CycleView> cycles() {
        return applications.cycles();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CycleView schedule(@PathParam("year") int year, ApplicationCycle.Windows windows,
                              @QueryParam("version") @DefaultValue("-1") long version) {
        return applications.scheduleCycle(year, windows, version);
    }

    @POST
    @Path("{year}/notices/{acoId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticeView fileNotice(@PathParam("year") int year, @PathParam("acoId") String acoId, NoticeForm form) {
        return notices.fileNotice(AcoId.of(acoId), year, form);
    }

    /** A prospective applicant (an ACO executive's account with no ACO yet) files its notice of intent. */
    @POST
    @Path("{year}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoticeView fileProspectiveNotice(@PathParam("year") int year, NoticeForm form) {
        return notices.fileProspectiveNotice(year, form);
    }

    /** CMS: every notice of intent filed for the cycle, each with its application's status. */
    @GET
    @Path("{year}/notices")
    public List<NoticeView> notices(@PathParam("year") int year) {
        return notices.notices(year);
    }

    @GET
    @Path("{year}/notices/{acoId}")
    public NoticeView notice(@PathParam("year") int year, @PathParam("acoId") String acoId) {
        return notices.notice(AcoId.of(acoId), year)
                .orElseThrow(() -> new NotFoundException(acoId + " has filed no notice of intent for " + year + "."));
    }

    @POST
    @Path("{year}/applications/{acoId}")
    public ApplicationView start(@PathParam("year") int year, @PathParam("acoId") String acoId) {
        return applications.start(AcoId.of(acoId), year);
    }
}
