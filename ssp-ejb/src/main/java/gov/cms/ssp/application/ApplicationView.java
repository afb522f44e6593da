package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.AgreementView;
import gov.cms.ssp.agreement.ParticipationOptions;
import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** Everything about one application that its ACO and CMS may see, with what is still missing. */
public record ApplicationView(long id, long version, String acoId, int cycleYear, ApplicationStatus status,
                              String statusLabel, int rfiRound, LocalDate rfiDeadline, LocalDate submittedOn,
                              String reviewer, String lastChangedBy, String decisionReason,
                              String legalName, String tin, String doingBusinessAs, String address,
                              LocalDate agreementStart, Track track, MsrMlrChoice msrMlr,
                              AssignmentMethod assignmentMethod, boolean snfWaiver, List<Track> electedLevels,
                              List<AgreementView.YearLevel> plannedLevels,
                              String governingBody, String complianceOfficial, String medicalDirector,
                              RepaymentType repaymentType, String repaymentIssuer, BigDecimal repaymentAmount,
                              BigDecimal totalExpenditures, BigDecimal participantRevenue,
                              BigDecimal requiredRepaymentAmount, EftStatus eftStatus, boolean attestAccurate,
                              boolean attestCompliance, boolean editable, boolean legalEntityLocked,
                              List<Problem> problems, List<DeficiencyView> deficiencies, List<DocumentView> documents,
                              List<EventView> history, boolean experiencedWithRisk,
                              ParticipationOptions.Entrant entrant, String entrantLabel, boolean hadBasicAgreement,
                              List<Track> openTracks, List<ClosedTrack> closedTracks) {

    /** A track or level the ACO may not choose, and why (shown under the choices). */
    public record ClosedTrack(Track track, String label, String reason) {
    }

    public record DeficiencyView(long id, ApplicationSection section, String sectionLabel, int rfiRound,
                                 String description, String recordedBy, String response, boolean sent) {
    }

    /** {@code deficiencyId}: the deficiency whose answer the document supports, null for the application's own documents. */
    public record DocumentView(long id, DocumentKind kind, String kindLabel, String fileName, int sizeBytes, Long deficiencyId) {
    }

    public record EventView(LocalDateTime occurredAt, String userName, String description) {
    }

    static ApplicationView of(Application a) {
        return new ApplicationView(a.getId(), a.getVersion(), a.getAcoId().value(), a.getCycle().getAgreementYear(),
                a.getStatus(), a.getStatus().label(), a.getRfiRound(), a.getRfiDeadline(), a.getSubmittedOn(),
                a.getReviewer(), a.getLastChangedBy(), a.getDecisionReason(),
                a.getLegalName(), a.getTin() == null ? null : a.getTin().value(), a.getDoingBusinessAs(), a.getAddress(),
                a.getAgreementStart(), a.getTrack(), a.getMsrMlr(), a.getAssignmentMethod(), a.isSnfWaiver(),
                IntStream.range(0, Agreement.MINIMUM_YEARS).mapToObj(i -> a.getElectedLevels().get(i)).toList(),
                planned(a),
                a.getGoverningBody(), a.getComplianceOfficial(), a.getMedicalDirector(),
                a.getRepaymentType(), a.getRepaymentIssuer(), a.getRepaymentAmount(), a.getTotalExpenditures(),
                a.getParticipantRevenue(), a.requiredRepaymentAmount(), a.getEftStatus(), a.isAttestAccurate(),
                a.isAttestCompliance(), a.getStatus().editableByAco(), a.getRfiRound() > 0,
                a.getStatus().editableByAco() ? a.problems() : List.of(),
                a.getDeficiencies().stream().map(d -> new DeficiencyView(d.getId(), d.getSection(), d.getSection().label(),
                        d.getRfiRound(), d.getDescription(), d.getRecordedBy(), d.getResponse(),
                        d.getRfiRound() <= a.getRfiRound())).toList(),
                a.getDocuments().stream().map(d -> new DocumentView(d.getId(), d.getKind(), d.getKind().label(),
                        d.getFileName(), d.getSizeBytes(), d.getDeficiencyId())).toList(),
                a.getHistory().stream().map(e -> new EventView(e.getOccurredAt(), e.getUserName(), e.getDescription())).toList(),
                a.isExperiencedWithRisk(), a.getEntrant(), a.getEntrant().label(), a.hadBasicAgreement(),
                a.participationOptions().open(), closed(a.participationOptions()));
    }

    public static List<ClosedTrack> closed(ParticipationOptions options) {
        return options.closed().entrySet().stream().map(e -> new ClosedTrack(e.getKey(), e.getKey().label(), e.getValue())).toList();
    }

    private static List<AgreementView.YearLevel> planned(Application a) {
        List<Track> levels = a.plannedLevels();
        int first = a.getAgreementStart().getYear();
        return IntStream.range(0, levels.size())
                .mapToObj(i -> new AgreementView.YearLevel(first + i, levels.get(i), levels.get(i).label(),
                        a.getAgreementStart().plusYears(i))).toList();
    }

    /**
     * What the ACO sees: only the deficiencies CMS has sent (CMS also sees those it is still collecting),
     * and CMS staff as "CMS reviewer", never by user name.
     */
    static ApplicationView forAco(Application a) {
        ApplicationView v = of(a);
        return new ApplicationView(v.id, v.version, v.acoId, v.cycleYear, v.status, v.statusLabel, v.rfiRound, v.rfiDeadline,
                v.submittedOn, a.nameForAco(v.reviewer), a.nameForAco(v.lastChangedBy), v.decisionReason, v.legalName, v.tin,
                v.doingBusinessAs, v.address, v.agreementStart, v.track, v.msrMlr, v.assignmentMethod, v.snfWaiver,
                v.electedLevels, v.plannedLevels, v.governingBody, v.complianceOfficial, v.medicalDirector, v.repaymentType,
                v.repaymentIssuer, v.repaymentAmount, v.totalExpenditures, v.participantRevenue, v.requiredRepaymentAmount,
                v.eftStatus, v.attestAccurate, v.attestCompliance, v.editable, v.legalEntityLocked, v.problems,
                v.deficiencies.stream().filter(DeficiencyView::sent).map(d -> new DeficiencyView(d.id(), d.section(),
                        d.sectionLabel(), d.rfiRound(), d.description(), a.nameForAco(d.recordedBy()), d.response(), d.sent()))
                        .toList(),
                v.documents,
                v.history.stream().map(e -> new EventView(e.occurredAt(), a.nameForAco(e.userName()), e.description())).toList(),
                v.experiencedWithRisk, v.entrant, v.entrantLabel, v.hadBasicAgreement, v.openTracks, v.closedTracks);
    }

    public String trackLabel() {
        return track == null ? "—" : track.label();
    }

    public List<DeficiencyView> deficienciesOf(ApplicationSection section) {
        return deficiencies.stream().filter(d -> d.section() == section).toList();
    }

    public List<DeficiencyView> openDeficiencies() {
        return deficiencies.stream().filter(d -> d.sent() && d.rfiRound() == rfiRound && status == ApplicationStatus.IN_RFI).toList();
    }

    public List<DeficiencyView> unsentDeficiencies() {
        return deficiencies.stream().filter(d -> !d.sent()).toList();
    }

    /** The PDFs the ACO attached to its answer to the deficiency. */
    public List<DocumentView> attachmentsOf(long deficiencyId) {
        return documents.stream().filter(d -> d.deficiencyId() != null && d.deficiencyId() == deficiencyId).toList();
    }

    public List<Problem> problemsOf(ApplicationSection section) {
        return problems.stream().filter(p -> p.section() == section).toList();
    }
}
