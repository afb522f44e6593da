package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * What the ACO submitted, as it read on the form at the moment of submission: section, question and
 * answer, in form order, in words (labels, dollars, Yes/No), so that the receipt's PDF shows exactly
 * what was sent even after later RFI corrections. Kept as CSV text with the receipt.
 */
public final class SubmittedCopy {
    /** One answer of the form. */
    public record Line(String section, String label, String value) {
    }

    private static final String RFI_SECTION = "Answers to the request for information";

    private SubmittedCopy() {
    }

    public static List<Line> of(Application a) {
        List<Line> lines = new ArrayList<>();
        String s = ApplicationSection.LEGAL_ENTITY.label();
        lines.add(new Line(s, "Legal name", text(a.getLegalName())));
        lines.add(new Line(s, "ACO TIN", a.getTin() == null ? "Not given" : a.getTin().value()));
        lines.add(new Line(s, "Doing business as", text(a.getDoingBusinessAs())));
        lines.add(new Line(s, "Address", text(a.getAddress())));

        s = ApplicationSection.TRACK.label();
        Track track = a.getTrack();
        lines.add(new Line(s, "Track and entry level", track == null ? "Not chosen" : track.label()));
        List<Track> levels = a.plannedLevels();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < levels.size(); i++) {
            path.append(i == 0 ? "" : "; ").append("PY").append(a.getAgreementStart().getYear() + i).append(' ')
                    .append(levels.get(i).label());
        }
        lines.add(new Line(s, "Levels by performance year", path.isEmpty() ? "Not chosen" : path.toString()));
        lines.add(new Line(s, "Experienced with performance-based risk", yesNo(a.isExperiencedWithRisk())));
        lines.add(new Line(s, "Minimum savings/loss rate", a.getMsrMlr() == null ? "Not applicable" : a.getMsrMlr().label()));
        lines.add(new Line(s, "Beneficiary assignment", a.getAssignmentMethod() == null ? "Not chosen" : a.getAssignmentMethod().label()));
        lines.add(new Line(s, "SNF 3-day rule waiver", a.isSnfWaiver() ? "Applies for the waiver" : "Does not apply for the waiver"));

        s = ApplicationSection.GOVERNANCE.label();
        lines.add(new Line(s, "Governing body members", a.getGoverningBody() == null ? "Not given"
                : String.join("; ", a.getGoverningBody().strip().split("\\R+"))));
        lines.add(new Line(s, "Compliance official", text(a.getComplianceOfficial())));
        lines.add(new Line(s, "Medical director", text(a.getMedicalDirector())));

        s = ApplicationSection.DOCUMENTS.label();
        if (a.getDocuments().isEmpty()) {
            lines.add(new Line(s, "Documents", "None uploaded"));
        }
        for (ApplicationDocument d : a.getDocuments()) {
            lines.add(new Line(s, d.getKind().label(), d.getFileName() + " (" + NumberFormat.getIntegerInstance(Locale.US)
                    .format(d.getSizeBytes()) + " bytes)"));
        }

        s = ApplicationSection.REPAYMENT.label();
        if (track == null || !track.isTwoSided()) {
            lines.add(new Line(s, "Repayment mechanism", "Not needed at a one-sided level"));
        } else {
            lines.add(new Line(s, "Total Parts A and B expenditures", dollars(a.getTotalExpenditures())));
            lines.add(new Line(s, "Participants' Parts A and B revenue", dollars(a.getParticipantRevenue())));
            lines.add(new Line(s, "Required minimum", dollars(a.requiredRepaymentAmount())));
            lines.add(new Line(s, "Type", a.getRepaymentType() == null ? "Not chosen" : a.getRepaymentType().label()));
            lines.add(new Line(s, "Issuer", text(a.getRepaymentIssuer())));
            lines.add(new Line(s, "Amount", dollars(a.getRepaymentAmount())));
        }

        s = ApplicationSection.EFT.label();
        lines.add(new Line(s, "EFT authorization (Form CMS-588)", a.getEftStatus().label()));

        s = ApplicationSection.ATTESTATIONS.label();
        lines.add(new Line(s, "The information in this application is accurate, complete and truthful", yesNo(a.isAttestAccurate())));
        lines.add(new Line(s, "The ACO will comply with the Shared Savings Program rules (42 CFR Part 425)", yesNo(a.isAttestCompliance())));

        for (Deficiency d : a.openDeficiencies()) {
            lines.add(new Line(RFI_SECTION, d.getSection().label() + ": " + d.getDescription(), text(d.getResponse())));
        }
        return lines;
    }

    static String encode(List<Line> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (Line l : lines) {
                csv.printRecord(l.section(), l.label(), l.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<Line> decode(String text) {
        List<Line> lines = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.parse(new StringReader(text))) {
                lines.add(new Line(r.get(0), r.get(1), r.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "Not given" : s;
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    private static String dollars(BigDecimal amount) {
        return amount == null ? "Not given" : NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }
}
