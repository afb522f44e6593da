package gov.cms.ssp.todo;

import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.application.ApplicationService;
import gov.cms.ssp.application.ApplicationStatus;
import gov.cms.ssp.application.ApplicationView;
import gov.cms.ssp.application.CycleView;
import gov.cms.ssp.certification.CertificationPackage;
import gov.cms.ssp.certification.CertificationService;
import gov.cms.ssp.participant.ChangeRequestWindow;
import gov.cms.ssp.participant.ParticipantListService;
import gov.cms.ssp.reconciliation.ReconciliationRunService;
import gov.cms.ssp.reconciliation.Settlement;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ACO home's to-do list: what the caller's ACO(s) must do and by when — answers to an RFI, the
 * application and its notice of intent, the certification and a repayment increase, change requests
 * while their window is open — and the settlement report of every released year. Each piece is
 * asked of its own service, which applies its own access rules.
 */
@Stateless
@RolesAllowed({Role.ACO_EXECUTIVE, Role.ACO_STAFF})
public class TodoService {
    @EJB
    private AcoService acos;
    @EJB
    private ApplicationService applications;
    @EJB
    private gov.cms.ssp.application.NoticeService notices;
    @EJB
    private CertificationService certifications;
    @EJB
    private ParticipantListService lists;
    @EJB
    private ReconciliationRunService runs;
    @EJB
    private gov.cms.ssp.agreement.AgreementService agreements;

    public TodoList myTasks() {
        LocalDate today = LocalDate.now();
        List<AcoTask> tasks = new ArrayList<>();
        List<AcoProfile> mine = acos.myAcos();
        List<ApplicationView> apps = applications.myApplications();
        List<CycleView> cycles = applications.cycles();
        List<gov.cms.ssp.certification.CycleView> certificationCycles = certifications.cycles();
        List<ChangeRequestWindow> windows = lists.windows().stream().filter(w -> w.isOpen(today)).toList();
        for (AcoProfile profile : mine) {
            String acoId = profile.summary().acoId();
            applicationTasks(acoId, apps, cycles, today, tasks);
            for (gov.cms.ssp.certification.CycleView c : certificationCycles) {
                if (!c.opensOn().isAfter(today) && c.py() >= today.getYear()) {
                    certificationTasks(certifications.packageFor(AcoId.of(acoId), c.py()), tasks);
                }
            }
            var history = agreements.history(AcoId.of(acoId));
            for (ChangeRequestWindow w : windows) {
                if (history.agreementIn(w.py()).isEmpty()) {
                    continue; // the ACO has no agreement in that PY: it has no lists for it to change
                }
                tasks.add(new AcoTask(acoId, "Change requests", "Request changes to your lists for PY" + w.py(),
                        "Window open since " + DisplayFormat.date(w.opensOn()) + "; it closes on " + DisplayFormat.date(w.closesOn()),
                        w.closesOn(), "aco/participants.xhtml"));
            }
        }
        for (Settlement s : runs.mySettlements()) {
            tasks.add(new AcoTask(s.acoId(), "Settlement", "Read your settlement report for PY" + s.figures().performanceYear(),
                    "Released on " + DisplayFormat.date(s.releasedOn()), null, "aco/settlement.xhtml"));
        }
        return new TodoList(today, tasks);
    }

    private void applicationTasks(String acoId, List<ApplicationView> apps, List<CycleView> cycles, LocalDate today,
                                  List<AcoTask> tasks) {
        for (ApplicationView a : apps) {
            if (!a.acoId().equals(acoId)) {
                continue;
            }
            String link = "aco/application.xhtml?id=" + a.id();
            if (a.status() == ApplicationStatus.IN_RFI) {
                tasks.add(new AcoTask(acoId, "Application", "Answer CMS's request for information " + a.rfiRound()
                        + " on your application for " + a.cycleYear(), "Your executive resubmits once every deficiency is answered",
                        a.rfiDeadline(), link));
            } else if (a.status() == ApplicationStatus.DRAFT) {
                cycles.stream().filter(c -> c.agreementYear() == a.cycleYear()).findFirst().ifPresent(c ->
                        tasks.add(new AcoTask(acoId, "Application", "Submit your application for " + a.cycleYear(),
                                a.problems().isEmpty() ? "Complete: ready for your executive to submit"
                                        : a.problems().size() + (a.problems().size() == 1 ? " thing is" : " things are") + " missing",
                                c.submissionCloses(), link)));
            }
        }
        // cycles whose notice window closes the same day are one task: one notice each, filed on one page
        java.util.Map<LocalDate, java.util.List<Integer>> openNotices = new java.util.TreeMap<>();
        for (CycleView c : cycles) {
            boolean started = apps.stream().anyMatch(a -> a.acoId().equals(acoId) && a.cycleYear() == c.agreementYear());
            if (c.noiaOpen() && !started && notices.notice(AcoId.of(acoId), c.agreementYear()).isEmpty()) {
                openNotices.computeIfAbsent(c.noiaCloses(), d -> new ArrayList<>()).add(c.agreementYear());
            }
        }
        openNotices.forEach((closes, years) -> {
            java.util.Collections.sort(years);
            String which = years.size() == 1 ? "for " + years.get(0)
                    : "for agreements starting in " + String.join(", ", years.stream().map(String::valueOf).toList());
            tasks.add(new AcoTask(acoId, "Application", "File your Notice of Intent to Apply " + which + " (if you plan to apply)",
                    "Accepted until " + DisplayFormat.date(closes), closes, "aco/applications.xhtml"));
        });
    }

    private static void certificationTasks(CertificationPackage p, List<AcoTask> tasks) {
        String link = "aco/certification.xhtml?py=" + p.py();
        LocalDate due = p.extendedTo() != null ? p.extendedTo() : p.deadline();
        if (!p.signed()) {
            String state = p.statusLabel() + (p.extendedTo() != null ? "; CMS extended the deadline to " + DisplayFormat.date(p.extendedTo()) : "")
                    + (p.signingProblems().isEmpty() ? "; ready for your executive to sign"
                    : "; " + p.signingProblems().size() + (p.signingProblems().size() == 1 ? " part needs" : " parts need") + " attention");
            tasks.add(new AcoTask(p.acoId(), "Certification", "Certify and sign your PY" + p.py() + " package", state, due, link));
        }
        if (p.repayment() != null && p.repayment().materialIncrease()) {
            tasks.add(new AcoTask(p.acoId(), "Repayment mechanism", "Increase your repayment mechanism by "
                    + gov.cms.ssp.certification.PackageRules.dollars(p.repayment().increase()) + " for PY" + p.py(),
                    "Required amount " + gov.cms.ssp.certification.PackageRules.dollars(p.repayment().required()),
                    p.repayment().fundingDeadline(), link));
        }
    }
}
