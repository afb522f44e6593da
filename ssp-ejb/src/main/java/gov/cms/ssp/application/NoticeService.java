package gov.cms.ssp.application;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.NotFoundException;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.shared.Tin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Notice of Intent to Apply: the ACO files it for a cycle while its window is open (prefilled from
 * what CMS knows), sees it with its application's status, and CMS lists every notice of a cycle.
 * The application of a cycle can be started only after its notice ({@link ApplicationService#start}).
 * An organisation without an ACO ID files as a prospective applicant ({@link #fileProspectiveNotice}).
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST, Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class NoticeService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerContext caller;

    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public NoticeView fileNotice(@NotNull AcoId acoId, int year, @NotNull @Valid NoticeForm form) {
        caller.requireMembership(acoId);
        ApplicationCycle cycle = ApplicationLookups.cycle(em, year);
        if (ApplicationLookups.notice(em, acoId, cycle).isPresent()) {
            throw new BusinessException(acoId + " has already filed its Notice of Intent to Apply for " + year + ".");
        }
        NoticeOfIntent notice = new NoticeOfIntent(acoId, cycle, details(form), caller.userName(), LocalDateTime.now());
        em.persist(notice);
        em.flush();
        return NoticeView.of(notice, null);
    }

    /**
     * A prospective applicant's notice: the executive of an organisation that has no ACO ID yet (an
     * account with the ACO executive role and no ACO) files it under their own name, once per cycle.
     * CMS sees it with the cycle's notices and assigns the ACO ID before the application.
     */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public NoticeView fileProspectiveNotice(int year, @NotNull @Valid NoticeForm form) {
        if (!caller.acoIds().isEmpty()) {
            throw new BusinessException("Your account belongs to " + String.join(", ", caller.acoIds().stream().map(AcoId::value).toList())
                    + ": file the notice of intent for your ACO.");
        }
        ApplicationCycle cycle = ApplicationLookups.cycle(em, year);
        if (prospectiveNotice(caller.userName(), cycle).isPresent()) {
            throw new BusinessException("You have already filed a Notice of Intent to Apply for " + year + ".");
        }
        NoticeOfIntent notice = NoticeOfIntent.prospective(cycle, details(form), caller.userName(), LocalDateTime.now());
        em.persist(notice);
        em.flush();
        return NoticeView.of(notice, null);
    }

    /** The notices the caller filed as a prospective applicant, newest cycle first. */
    @RolesAllowed(Role.ACO_EXECUTIVE)
    public List<NoticeView> myProspectiveNotices() {
        return em.createQuery("select n from NoticeOfIntent n where n.acoId is null and n.submittedBy = :by "
                        + "order by n.cycle.agreementYear desc", NoticeOfIntent.class)
                .setParameter("by", caller.userName()).getResultStream().map(n -> NoticeView.of(n, null)).toList();
    }

    private Optional<NoticeOfIntent> prospectiveNotice(String by, ApplicationCycle cycle) {
        return em.createQuery("select n from NoticeOfIntent n where n.acoId is null and n.submittedBy = :by and n.cycle = :cycle",
                NoticeOfIntent.class).setParameter("by", by).setParameter("cycle", cycle).getResultStream().findFirst();
    }

    private static NoticeOfIntent.Details details(NoticeForm form) {
        return new NoticeOfIntent.Details(form.legalName(), Tin.of(form.tin()), form.doingBusinessAs(), form.address(),
                form.executiveName(), form.executiveEmail(), form.primaryName(), form.primaryEmail(), form.secondaryName(),
                form.secondaryEmail());
    }

    /** The ACO's notice for the cycle, with the status of the application it led to. */
    public Optional<NoticeView> notice(@NotNull AcoId acoId, int year) {
        caller.requireAcoAccess(acoId);
        return ApplicationLookups.findCycle(em, year).flatMap(c -> ApplicationLookups.notice(em, acoId, c)
                .map(n -> NoticeView.of(n, ApplicationLookups.application(em, acoId, c).orElse(null))));
    }

    /** CMS: every notice filed for the cycle, by ACO ID, each with its application's status. */
    @RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
    public List<NoticeView> notices(int year) {
        ApplicationCycle cycle = ApplicationLookups.cycle(em, year);
        Map<AcoId, Application> apps = em.createQuery("select a from Application a where a.cycle = :cycle", Application.class)
                .setParameter("cycle", cycle).getResultStream().collect(Collectors.toMap(Application::getAcoId, Function.identity()));
        // prospective applicants (no ACO ID yet) after the ACOs, in the order they filed
        return em.createQuery("select n from NoticeOfIntent n where n.cycle = :cycle order by n.acoId nulls last, n.submittedAt",
                        NoticeOfIntent.class)
                .setParameter("cycle", cycle).getResultStream()
                .map(n -> NoticeView.of(n, n.isProspective() ? null : apps.get(n.getAcoId()))).toList();
    }

    /** A notice form filled in from what CMS already knows about the ACO. */
    @RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
    public NoticeForm noticeTemplate(@NotNull AcoId acoId) {
        caller.requireMembership(acoId);
        Aco aco = em.createQuery("select a from Aco a where a.acoId = :id", Aco.class).setParameter("id", acoId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no ACO with ID " + acoId + "."));
        String[] exec = contact(aco, ContactRole.EXECUTIVE);
        String[] primary = contact(aco, ContactRole.PRIMARY_CONTACT);
        return new NoticeForm(aco.getLegalName(), aco.getTin().value(), aco.getDoingBusinessAs(), null, exec[0], exec[1],
                primary[0], primary[1], null, null);
    }

    private static String[] contact(Aco aco, ContactRole role) {
        return aco.contact(role).map(c -> new String[] {c.getName(), c.getEmail()}).orElse(new String[] {null, null});
    }
}
