package gov.cms.ssp.audit;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.aco.AcoContact;
import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.application.Application;
import gov.cms.ssp.application.ApplicationCycle;
import gov.cms.ssp.application.ApplicationDocument;
import gov.cms.ssp.application.Deficiency;
import gov.cms.ssp.application.NoticeOfIntent;
import gov.cms.ssp.certification.Certification;
import gov.cms.ssp.certification.CertificationCycle;
import gov.cms.ssp.certification.ComplianceRecord;
import gov.cms.ssp.participant.ChangeRequest;
import gov.cms.ssp.participant.ChangeRequestRow;
import gov.cms.ssp.participant.ParticipantTin;
import gov.cms.ssp.participant.ProviderSupplier;
import gov.cms.ssp.reconciliation.FinancialInput;
import gov.cms.ssp.reconciliation.ReconciliationRun;
import gov.cms.ssp.reconciliation.SetAsideAco;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.shared.Role;
import gov.cms.ssp.snf.SnfAffiliate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * The audit trail: every change to every audited record and every recorded decision, newest first,
 * with who, when, the ACO concerned and each field's old → new value in words. CMS administrators only.
 */
@Stateless
@RolesAllowed(Role.CMS_ADMIN)
public class AuditService {
    static final int MOST = 1000;
    static final List<String> CSV_HEADER = List.of("When", "Who", "ACO", "Record", "Key", "Change", "Fields changed (old → new)");

    @PersistenceContext
    private EntityManager em;

    /** An audited entity type: what people call it, how one record is named, which ACO it concerns. */
    private record Kind<T>(Class<T> type, String label, Function<T, String> key, Function<T, String> aco) {
    }

    private List<Kind<?>> kinds() {
        // a contact is named by its ACO's ID, read from the current tables: the seeded ACOs have no
        // audit rows of their own for Envers to follow the relation to
        Map<Long, String> acoOfContact = new HashMap<>();
        em.createQuery("select c.id, a.acoId from AcoContact c join c.aco a", Object[].class).getResultList()
                .forEach(r -> acoOfContact.put((Long) r[0], r[1].toString()));
        return List.of(
                new Kind<>(Aco.class, "ACO", a -> a.getAcoId().value(), a -> a.getAcoId().value()),
                new Kind<>(AcoContact.class, "ACO contact",
                        c -> acoOfContact.getOrDefault(c.getId(), "?") + " " + c.getRole().label(),
                        c -> acoOfContact.get(c.getId())),
                new Kind<>(FinancialInput.class, "Financial input",
                        f -> f.getAcoId().value() + " PY" + f.getPerformanceYear(), f -> f.getAcoId().value()),
                new Kind<>(ReconciliationRun.class, "Reconciliation run",
                        r -> "run " + r.getId() + " PY" + r.getPerformanceYear(), r -> null),
                new Kind<>(SetAsideAco.class, "ACO set aside in a reconciliation run",
                        s -> s.getAcoId().value() + " in run " + s.getRun().getId(), s -> s.getAcoId().value()),
                new Kind<>(ApplicationCycle.class, "Application cycle", c -> "agreements from " + c.getAgreementYear(), c -> null),
                new Kind<>(NoticeOfIntent.class, "Notice of intent to apply",
                        n -> n.getAcoId() == null ? "new applicant " + n.getSubmittedBy() : n.getAcoId().value(),
                        n -> n.getAcoId() == null ? null : n.getAcoId().value()),
                new Kind<>(Application.class, "Application",
                        a -> a.getAcoId().value() + " for " + a.getAgreementStart().getYear(), a -> a.getAcoId().value()),
                new Kind<>(Deficiency.class, "Application deficiency", d -> "deficiency " + d.getId(), AuditService::acoOfApplicationPart),
                new Kind<>(ApplicationDocument.class, "Application document", d -> "document " + d.getId(), AuditService::acoOfApplicationPart),
                new Kind<>(Agreement.class, "Agreement",
                        g -> g.getAcoId().value() + " from " + DisplayFormat.date(g.getStartDate()), g -> g.getAcoId().value()),
                new Kind<>(CertificationCycle.class, "Certification window", c -> "PY" + c.getPy(), c -> null),
                new Kind<>(Certification.class, "Certification", c -> c.getAcoId().value() + " PY" + c.getPy(), c -> c.getAcoId().value()),
                new Kind<>(ComplianceRecord.class, "Compliance record", r -> r.getAcoId().value(), r -> r.getAcoId().value()),
                new Kind<>(ChangeRequest.class, "Change request",
                        r -> r.getAcoId().value() + " PY" + r.getPy() + " request " + r.getId(), r -> r.getAcoId().value()),
                new Kind<>(ChangeRequestRow.class, "Change request row", AuditService::rowKey,
                        r -> r.getRequest().getAcoId().value()),
                // list entries change only when a reviewer accepts a change-request row: who accepted what
                new Kind<>(ParticipantTin.class, "Participant TIN", e -> e.getAcoId().value() + " TIN " + e.getTin(), e -> e.getAcoId().value()),
                new Kind<>(ProviderSupplier.class, "Provider/supplier", e -> e.getAcoId().value() + " NPI " + e.getNpi(), e -> e.getAcoId().value()),
                new Kind<>(SnfAffiliate.class, "SNF affiliate", e -> e.getAcoId().value() + " CCN " + e.getCcn(), e -> e.getAcoId().value()),
                new Kind<>(gov.cms.ssp.quality.QualityReportingWindow.class, "Quality reporting window", w -> "PY" + w.getPy(), w -> null),
                new Kind<>(gov.cms.ssp.quality.QualityReport.class, "Quality report", r -> r.getAcoId().value() + " PY" + r.getPy(),
                        r -> r.getAcoId().value()),
                new Kind<>(gov.cms.ssp.quality.CmsQualityInputs.class, "CMS quality determinations",
                        i -> i.getAcoId().value() + " PY" + i.getPy(), i -> i.getAcoId().value()));
    }

    public List<AuditEntry> recentChanges(int max) {
        return search(AuditFilter.ALL, max);
    }

    public List<AuditEntry> search(AuditFilter filter, int max) {
        int limit = Math.max(1, Math.min(max, MOST));
        AuditFilter f = filter == null ? AuditFilter.ALL : filter;
        AuditReader reader = AuditReaderFactory.get(em);
        List<AuditEntry> all = new ArrayList<>();
        for (Kind<?> kind : kinds()) {
            if (wanted(f.recordType(), kind.label())) {
                all.addAll(changesOf(reader, kind, f, limit));
            }
        }
        all.addAll(events(f, limit));
        Set<String> acos = acosNamed(f.acoId());
        return all.stream().filter(e -> f.matches(e, acos))
                .sorted(Comparator.comparing(AuditEntry::changedAt).reversed()
                        .thenComparing(Comparator.comparingLong(AuditEntry::revision).reversed())
                        .thenComparing(AuditEntry::recordType))
                .limit(limit).toList();
    }

    /**
     * The ACOs whose ID or legal name holds {@code text} (case aside), for the ACO filter; null when
     * there is no filter. An ACO ID that no ACO has any more still matches itself (a deleted record).
     */
    private Set<String> acosNamed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted.length() > 100) {
            throw new gov.cms.ssp.shared.BusinessException("ACO: at most 100 characters of its ID or name.");
        }
        Set<String> ids = new java.util.HashSet<>(em.createQuery("select a.acoId from Aco a where upper(a.legalName) like :t"
                        + " or upper(a.doingBusinessAs) like :t", gov.cms.ssp.shared.AcoId.class)
                .setParameter("t", "%" + wanted.replace("%", "").replace("_", "") + "%").getResultStream()
                .map(gov.cms.ssp.shared.AcoId::value).toList());
        if (wanted.matches("[A-Z0-9]{1,5}")) {
            // part of an ID: every ACO whose ID holds it, as before names were searched
            em.createQuery("select a.acoId from Aco a", gov.cms.ssp.shared.AcoId.class).getResultStream()
                    .map(gov.cms.ssp.shared.AcoId::value).filter(id -> id.contains(wanted)).forEach(ids::add);
            ids.add(wanted);
        }
        return ids;
    }

    /** The same entries as a CSV file, every column in words. */
    public String csv(AuditFilter filter, int max) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(CSV_HEADER);
            for (AuditEntry e : search(filter, max)) {
                // recorded values are what people typed: neutralised so a spreadsheet does not run them
                csv.printRecord(DisplayFormat.dateTime(e.changedAt()), ExportCell.neutralised(e.userName()),
                        ExportCell.neutralised(e.acoId()), e.recordType(), ExportCell.neutralised(e.recordKey()), e.change(),
                        ExportCell.neutralised(e.changeText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The record types the trail knows, for the filter. */
    public List<String> recordTypes() {
        List<String> types = new ArrayList<>(kinds().stream().map(Kind::label).toList());
        em.createQuery("select distinct e.recordType from AuditEvent e", String.class).getResultList().stream()
                .filter(t -> !types.contains(t)).forEach(types::add);
        return types.stream().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private <T> List<AuditEntry> changesOf(AuditReader reader, Kind<T> kind, AuditFilter f, int limit) {
        AuditQuery query = reader.createQuery().forRevisionsOfEntityWithChanges(kind.type(), true)
                .addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit * 2);
        if (f.userName() != null && !f.userName().isBlank()) {
            query.add(AuditEntity.revisionProperty("userName").ilike("%" + f.userName().trim() + "%"));
        }
        if (f.from() != null) {
            query.add(AuditEntity.revisionProperty("timestamp").ge(startOf(f.from()).toEpochMilli()));
        }
        if (f.to() != null) {
            query.add(AuditEntity.revisionProperty("timestamp").lt(startOf(f.to().plusDays(1)).toEpochMilli()));
        }
        List<Object[]> rows = query.getResultList();
        List<AuditEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            T entity = (T) r[0];
            AuditRevision rev = (AuditRevision) r[1];
            RevisionType type = (RevisionType) r[2];
            Set<String> changed = (Set<String>) r[3];
            List<FieldChange> changes = type == RevisionType.MOD
                    ? fieldChanges(reader, kind.type(), entity, rev.getId(), changed)
                    : type == RevisionType.ADD ? created(entity, properties(kind.type())) : List.of();
            if (type == RevisionType.MOD && changes.isEmpty()) {
                continue; // only bookkeeping moved (a version counter, a last-saved stamp): nobody changed anything
            }
            String key = type == RevisionType.DEL ? "(deleted)" : safely(kind.key(), entity);
            String aco = type == RevisionType.DEL ? null : safely(kind.aco(), entity);
            entries.add(new AuditEntry(rev.getId(), rev.getChangedAt(), rev.getUserName(), aco, kind.label(), key,
                    describe(type), changes));
        }
        return entries;
    }

    /** Old → new for each field a revision changed, from the revision before it. */
    private <T> List<FieldChange> fieldChanges(AuditReader reader, Class<T> type, T entity, long rev, Set<String> changed) {
        Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        if (id == null || changed == null) {
            return List.of();
        }
        Number previousRev = (Number) reader.createQuery().forRevisionsOfEntity(type, false, true)
                .addProjection(AuditEntity.revisionNumber().max())
                .add(AuditEntity.id().eq(id)).add(AuditEntity.revisionNumber().lt(rev))
                .getSingleResult();
        Object before = previousRev == null ? null : reader.find(type, id, previousRev);
        List<FieldChange> changes = new ArrayList<>();
        for (String property : changed.stream().sorted().toList()) {
            if (FieldLabels.isBookkeeping(property) || AuditValues.isRelation(entity, property)) {
                continue;
            }
            String oldValue = before == null ? AuditValues.NONE : AuditValues.format(AuditValues.read(before, property));
            String newValue = AuditValues.format(AuditValues.read(entity, property));
            if (!oldValue.equals(newValue)) {
                changes.add(new FieldChange(FieldLabels.label(property), oldValue, newValue));
            }
        }
        return changes;
    }

    /** The fields of a record type that people change: neither its key, nor its version, nor relations. */
    private Set<String> properties(Class<?> type) {
        Set<String> names = new java.util.TreeSet<>();
        for (jakarta.persistence.metamodel.SingularAttribute<?, ?> a : em.getMetamodel().entity(type).getSingularAttributes()) {
            boolean notAudited = a.getJavaMember() instanceof java.lang.reflect.Field f
                    && f.isAnnotationPresent(org.hibernate.envers.NotAudited.class);
            if (!a.isId() && !a.isVersion() && !a.isAssociation() && !notAudited) {
                names.add(a.getName());
            }
        }
        return names;
    }

    /** A new record's fields that have a value, as "(none) → value". */
    private static List<FieldChange> created(Object entity, Set<String> properties) {
        if (properties == null) {
            return List.of();
        }
        return properties.stream().sorted()
                .filter(p -> !FieldLabels.isBookkeeping(p) && !AuditValues.isRelation(entity, p))
                .map(p -> new FieldChange(FieldLabels.label(p), AuditValues.NONE, AuditValues.format(AuditValues.read(entity, p))))
                .filter(c -> !c.newValue().equals(AuditValues.NONE))
                .toList();
    }

    private List<AuditEntry> events(AuditFilter f, int limit) {
        StringBuilder jpql = new StringBuilder("select e from AuditEvent e where 1 = 1");
        if (f.from() != null) {
            jpql.append(" and e.occurredAt >= :from");
        }
        if (f.to() != null) {
            jpql.append(" and e.occurredAt < :to");
        }
        TypedQuery<AuditEvent> q = em.createQuery(jpql.append(" order by e.occurredAt desc").toString(), AuditEvent.class);
        if (f.from() != null) {
            q.setParameter("from", startOf(f.from()));
        }
        if (f.to() != null) {
            q.setParameter("to", startOf(f.to().plusDays(1)));
        }
        return q.setMaxResults(limit * 2).getResultList().stream()
                .map(e -> new AuditEntry(0, e.getOccurredAt(), e.getUserName(), e.getAcoId(), e.getRecordType(),
                        e.getRecordKey(), e.getAction(), e.changes()))
                .toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DisplayFormat.CMS_ZONE).toInstant();
    }

    private static boolean wanted(String wantedType, String label) {
        return wantedType == null || wantedType.isBlank() || label.toLowerCase().contains(wantedType.trim().toLowerCase());
    }

    private static String acoOfApplicationPart(Object part) {
        Object application = AuditValues.read(part, "application");
        return application instanceof Application a ? a.getAcoId().value() : null;
    }

    private static String rowKey(ChangeRequestRow r) {
        String id = r.getNpi() != null ? "NPI " + r.getNpi() : r.getCcn() != null ? "CCN " + r.getCcn() : "TIN " + r.getTin();
        return "request " + r.getRequest().getId() + " " + r.getAction().label() + " " + id;
    }

    private static <T> String safely(Function<T, String> f, T entity) {
        try {
            return f.apply(entity);
        } catch (RuntimeException e) {
            // a relation whose history is not kept (seeded rows): name the record without it
            return null;
        }
    }

    private static String describe(RevisionType kind) {
        return switch (kind) {
            case ADD -> "created";
            case MOD -> "changed";
            case DEL -> "deleted";
        };
    }
}
