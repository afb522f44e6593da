package gov.cms.ssp.audit;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.aco.AcoContact;
import gov.cms.ssp.reconciliation.FinancialInput;
import gov.cms.ssp.reconciliation.ReconciliationRun;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** The audit trail: every change to a domain record, newest first. CMS administrators only. */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class AuditService {
    @PersistenceContext
    private EntityManager em;

    public List<AuditEntry> recentChanges(int max) {
        int limit = Math.max(1, Math.min(max, 1000));
        AuditReader reader = AuditReaderFactory.get(em);
        List<AuditEntry> all = new ArrayList<>();
        all.addAll(changesOf(reader, Aco.class, "ACO", a -> a.getAcoId().value(), limit));
        // a contact is named by its ACO's ID, read from the current tables: the seeded ACOs have no
        // audit rows of their own for Envers to follow the relation to
        Map<Long, String> acoIdOfContact = new HashMap<>();
        em.createQuery("select c.id, a.acoId from AcoContact c join c.aco a", Object[].class).getResultList()
                .forEach(r -> acoIdOfContact.put((Long) r[0], r[1].toString()));
        all.addAll(changesOf(reader, AcoContact.class, "ACO contact",
                c -> acoIdOfContact.getOrDefault(c.getId(), "?") + " " + c.getRole().label(), limit));
        all.addAll(changesOf(reader, FinancialInput.class, "Financial input",
                f -> f.getAcoId().value() + " PY" + f.getPerformanceYear(), limit));
        all.addAll(changesOf(reader, ReconciliationRun.class, "Reconciliation run",
                r -> "run " + r.getId() + " PY" + r.getPerformanceYear(), limit));
        all.addAll(changesOf(reader, gov.cms.ssp.application.Application.class, "Application",
                a -> a.getAcoId().value() + " for " + a.getAgreementStart().getYear(), limit));
        all.addAll(changesOf(reader, gov.cms.ssp.agreement.Agreement.class, "Agreement",
                g -> g.getAcoId().value() + " from " + g.getStartDate(), limit));
        all.addAll(changesOf(reader, gov.cms.ssp.certification.ComplianceRecord.class, "Compliance record",
                r -> r.getAcoId().value(), limit));
        // list entries change only when a reviewer accepts a change-request row: who accepted what
        all.addAll(changesOf(reader, gov.cms.ssp.participant.ParticipantTin.class, "Participant TIN",
                e -> e.getAcoId().value() + " TIN " + e.getTin(), limit));
        all.addAll(changesOf(reader, gov.cms.ssp.participant.ProviderSupplier.class, "Provider/supplier",
                e -> e.getAcoId().value() + " NPI " + e.getNpi(), limit));
        all.addAll(changesOf(reader, gov.cms.ssp.snf.SnfAffiliate.class, "SNF affiliate",
                e -> e.getAcoId().value() + " CCN " + e.getCcn(), limit));
        return all.stream().sorted(Comparator.comparingLong(AuditEntry::revision).reversed()
                .thenComparing(AuditEntry::recordType)).limit(limit).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<AuditEntry> changesOf(AuditReader reader, Class<T> type, String label, Function<T, String> key,
                                           int limit) {
        List<Object[]> rows = reader.createQuery().forRevisionsOfEntityWithChanges(type, true)
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> {
            T entity = (T) r[0];
            AuditRevision rev = (AuditRevision) r[1];
            RevisionType kind = (RevisionType) r[2];
            Set<String> changed = (Set<String>) r[3];
            String recordKey = kind == RevisionType.DEL ? "(deleted)" : key.apply(entity);
            return new AuditEntry(rev.getId(), rev.getChangedAt(), rev.getUserName(), label, recordKey,
                    describe(kind), changed == null ? List.of() : changed.stream().sorted().toList());
        }).toList();
    }

    private static String describe(RevisionType kind) {
        return switch (kind) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
