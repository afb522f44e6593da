package gov.cms.ssp.application;

import gov.cms.ssp.agreement.GlidePath;
import gov.cms.ssp.agreement.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an application still lacks before it can be submitted or approved, section by section in the
 * form's order (one method per section of {@link ApplicationSection}), each problem named by the
 * field it is about. Read from the application's answers only; {@link Application#problems()}.
 */
final class ApplicationCompleteness {
    private ApplicationCompleteness() {
    }

    static List<Problem> problems(Application a) {
        List<Problem> p = new ArrayList<>();
        legalEntity(a, p);
        track(a, p);
        governance(a, p);
        documents(a, p);
        repayment(a, p);
        eft(a, p);
        attestations(a, p);
        openDeficiencies(a, p);
        return p;
    }

    private static void legalEntity(Application a, List<Problem> p) {
        ApplicationSection s = ApplicationSection.LEGAL_ENTITY;
        if (a.getLegalName() == null) {
            p.add(new Problem(s, "legalName", "Enter the ACO's legal name."));
        }
        if (a.getTin() == null) {
            p.add(new Problem(s, "tin", "Enter the ACO's TIN (9 digits)."));
        }
        if (a.getAddress() == null) {
            p.add(new Problem(s, "address", "Enter the ACO's address."));
        }
    }

    private static void track(Application a, List<Problem> p) {
        ApplicationSection s = ApplicationSection.TRACK;
        Track track = a.getTrack();
        if (track == null) {
            p.add(new Problem(s, "track", "Choose a track and level."));
        } else {
            if (!a.participationOptions().isOpen(track) && GlidePath.availableForNewAgreements(track)) {
                p.add(new Problem(s, "track", track.label() + " is closed to this ACO: " + a.participationOptions().closed().get(track)));
            }
            if (track.isTwoSided() && a.getMsrMlr() == null) {
                p.add(new Problem(s, "msrMlr", "Choose the minimum savings/loss rate for the two-sided " + track.label() + "."));
            }
            if (a.isSnfWaiver() && !GlidePath.snfWaiverAllowed(track)) {
                p.add(new Problem(s, "snfWaiver", "The SNF 3-day rule waiver is open only to Basic Levels C–E and Enhanced, not "
                        + track.label() + "."));
            }
        }
        if (a.getAssignmentMethod() == null) {
            p.add(new Problem(s, "assignmentMethod", "Choose the beneficiary assignment method."));
        }
    }

    private static void governance(Application a, List<Problem> p) {
        ApplicationSection s = ApplicationSection.GOVERNANCE;
        if (a.getGoverningBody() == null) {
            p.add(new Problem(s, "governingBody", "List the members of the governing body, one per line."));
        }
        if (a.getComplianceOfficial() == null) {
            p.add(new Problem(s, "complianceOfficial", "Name the compliance official."));
        }
        if (a.getMedicalDirector() == null) {
            p.add(new Problem(s, "medicalDirector", "Name the medical director."));
        }
    }

    private static void documents(Application a, List<Problem> p) {
        for (DocumentKind kind : DocumentKind.values()) {
            if (kind.required() && a.getDocuments().stream().noneMatch(d -> d.getKind() == kind)) {
                p.add(new Problem(ApplicationSection.DOCUMENTS, kind.name(), "Upload the " + kind.label().toLowerCase() + " (PDF)."));
            }
        }
    }

    private static void repayment(Application a, List<Problem> p) {
        ApplicationSection s = ApplicationSection.REPAYMENT;
        if (a.getTrack() == null || !a.getTrack().isTwoSided()) {
            return;
        }
        if (a.getRepaymentType() == null) {
            p.add(new Problem(s, "repaymentType", "Choose the repayment mechanism: escrow, letter of credit or surety bond."));
        }
        if (a.getRepaymentIssuer() == null) {
            p.add(new Problem(s, "repaymentIssuer", "Name the bank or surety that issues the repayment mechanism."));
        }
        if (a.getTotalExpenditures() == null || a.getParticipantRevenue() == null) {
            p.add(new Problem(s, "totalExpenditures", "Enter the estimated total expenditures and participant revenue, so the required amount can be computed."));
        } else {
            BigDecimal required = a.requiredRepaymentAmount();
            BigDecimal amount = a.getRepaymentAmount();
            if (amount == null) {
                p.add(new Problem(s, "repaymentAmount", "Enter the repayment mechanism amount (at least $" + dollars(required) + ")."));
            } else if (amount.compareTo(required) < 0) {
                p.add(new Problem(s, "repaymentAmount", "The repayment mechanism of $" + dollars(amount)
                        + " is less than the required $" + dollars(required) + "."));
            }
        }
    }

    private static void eft(Application a, List<Problem> p) {
        if (a.getEftStatus() == EftStatus.NOT_STARTED) {
            p.add(new Problem(ApplicationSection.EFT, "eftStatus", "Submit Form CMS-588 (EFT authorization) and record its status."));
        }
    }

    private static void attestations(Application a, List<Problem> p) {
        ApplicationSection s = ApplicationSection.ATTESTATIONS;
        if (!a.isAttestAccurate()) {
            p.add(new Problem(s, "attestAccurate", "Attest that the information is accurate, complete and truthful."));
        }
        if (!a.isAttestCompliance()) {
            p.add(new Problem(s, "attestCompliance", "Attest that the ACO will comply with the program rules (42 CFR Part 425)."));
        }
    }

    /** In a request for information, every deficiency still unanswered, in the section it is about. */
    private static void openDeficiencies(Application a, List<Problem> p) {
        if (a.getStatus() == ApplicationStatus.IN_RFI) {
            for (Deficiency d : a.openDeficiencies()) {
                if (!d.isAnswered()) {
                    p.add(new Problem(d.getSection(), "deficiency-" + d.getId(), "Answer the deficiency: " + d.getDescription()));
                }
            }
        }
    }

    private static String dollars(BigDecimal amount) {
        return String.format("%,.2f", amount);
    }
}
