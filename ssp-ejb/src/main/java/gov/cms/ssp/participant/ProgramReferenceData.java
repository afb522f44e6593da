package gov.cms.ssp.participant;

import gov.cms.ssp.audit.AuditLog;
import gov.cms.ssp.audit.AuditValues;
import gov.cms.ssp.audit.FieldChange;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What CMS administrators set for participant lists: the change-request window per PY and the
 * reference list of TINs in other CMS initiatives.
 */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class ProgramReferenceData {
    @PersistenceContext
    private EntityManager em;
    @Inject
    private AuditLog audit;

    public void setWindow(@NotNull @Valid ChangeRequestWindow window) {
        if (window.closesOn().isBefore(window.opensOn())) {
            throw new BusinessException("The window must close on or after the day it opens.");
        }
        if (window.decideBy().isBefore(window.closesOn())) {
            throw new BusinessException("CMS decides the requests after the window closes: the decision date must be on or after "
                    + gov.cms.ssp.shared.DisplayFormat.date(window.closesOn()) + ".");
        }
        List<?> before = em.createNativeQuery("select opens_on, closes_on, decide_by from change_request_window where py = ?")
                .setParameter(1, window.py()).getResultList();
        Object[] old = before.isEmpty() ? new Object[3] : (Object[]) before.get(0);
        audit.record(null, "Change-request window", "PY" + window.py(), before.isEmpty() ? "created" : "changed", List.of(
                new FieldChange("Opens on", AuditValues.format(localDate(old[0])), AuditValues.format(window.opensOn())),
                new FieldChange("Closes on", AuditValues.format(localDate(old[1])), AuditValues.format(window.closesOn())),
                new FieldChange("CMS decides by", AuditValues.format(localDate(old[2])), AuditValues.format(window.decideBy()))));
        em.createNativeQuery("delete from change_request_window where py = ?").setParameter(1, window.py()).executeUpdate();
        em.createNativeQuery("insert into change_request_window (py, opens_on, closes_on, decide_by) values (?, ?, ?, ?)")
                .setParameter(1, window.py()).setParameter(2, window.opensOn()).setParameter(3, window.closesOn())
                .setParameter(4, window.decideBy()).executeUpdate();
    }

    /**
     * Loads the reference list (CSV: TIN, initiative, PY), checked as a whole; it replaces the
     * entries of the PYs the file covers. Returns the problems, or nothing when it was loaded.
     */
    public List<RowProblem> loadInitiatives(byte[] content) {
        InitiativeFile file = InitiativeFile.read(content);
        if (!file.problems().isEmpty()) {
            return file.problems();
        }
        String years = file.entries().stream().map(e -> String.valueOf(e.py())).distinct().collect(Collectors.joining(","));
        em.createNativeQuery("delete from other_initiative_tin where py in (" + years + ")").executeUpdate();
        for (InitiativeFile.Entry e : file.entries()) {
            em.createNativeQuery("insert into other_initiative_tin (tin, initiative, py) values (?, ?, ?)")
                    .setParameter(1, e.tin()).setParameter(2, e.initiative().name()).setParameter(3, e.py()).executeUpdate();
        }
        audit.record(null, "Other-initiatives list", "PY " + years.replace(",", ", "), "loaded",
                List.of(new FieldChange("TINs listed", "(replaced)", String.valueOf(file.entries().size()))));
        return List.of();
    }

    private static java.time.LocalDate localDate(Object sqlDate) {
        return sqlDate instanceof java.sql.Date d ? d.toLocalDate() : sqlDate instanceof java.time.LocalDate l ? l : null;
    }
}
