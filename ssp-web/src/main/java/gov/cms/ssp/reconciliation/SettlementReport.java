package gov.cms.ssp.reconciliation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.web.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An ACO's settlement report as a file: PDF (OpenPDF) for reading and filing, CSV (Commons CSV) for
 * the ACO's own spreadsheets. Both carry the same figures and the same explanation as the page.
 */
final class SettlementReport {
    private SettlementReport() {
    }

    static String fileName(Settlement s, String extension) {
        return "settlement-PY" + s.figures().performanceYear() + "-" + s.acoId() + "." + extension;
    }

    /** Label and value, in the order a reader follows the calculation. */
    static List<String[]> lines(Settlement s) {
        ReconciledFigures f = s.figures();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"ACO", s.acoId() + " " + s.acoName()});
        lines.add(new String[] {"Performance year", Integer.toString(f.performanceYear())});
        lines.add(new String[] {"Track / level", f.trackLabel()});
        lines.add(new String[] {"Assigned beneficiaries", NumberFormat.getIntegerInstance(Locale.US).format(f.assignedBeneficiaries())});
        lines.add(new String[] {"Total benchmark", money(f.totalBenchmark())});
        lines.add(new String[] {"Total expenditures", money(f.totalExpenditures())});
        lines.add(new String[] {"Savings rate", percent(f.savingsRate())});
        lines.add(new String[] {"Minimum savings rate", percent(f.minimumSavingsRate())});
        lines.add(new String[] {"Minimum loss rate", f.minimumLossRate() == null ? "not applicable" : percent(f.minimumLossRate())});
        lines.add(new String[] {"Outcome", f.outcomeLabel()});
        lines.add(new String[] {"Generated savings (+) / losses (-)", money(f.generatedSavingsOrLosses())});
        lines.add(new String[] {"Final sharing rate", percent(f.finalSharingRate())});
        lines.add(new String[] {"Final loss rate", f.finalLossRate() == null ? "not applicable" : percent(f.finalLossRate())});
        lines.add(new String[] {"Earned shared savings", money(f.earnedSavings())});
        lines.add(new String[] {"Shared losses owed", money(f.sharedLosses())});
        lines.add(new String[] {"EUC reduction of losses", money(f.eucReduction())});
        lines.add(new String[] {"Net settlement (+ paid to the ACO / - owed to CMS)", money(f.netAmount())});
        lines.add(new String[] {"Released", s.releasedAt() == null ? "not released" : DisplayFormat.dateTime(s.releasedAt())});
        lines.add(new String[] {"Revision in force", s.revision() + (s.revisionReason() == null ? "" : " (" + s.revisionReason() + ")")});
        return lines;
    }

    static byte[] csv(Settlement s) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("Item", "Value", "Figures").get())) {
            for (String[] line : lines(s)) {
                csv.printRecord(line[0], line[1], "");
            }
            int n = 1;
            for (ExplanationStep step : s.figures().explanation()) {
                csv.printRecord("Step " + n++ + ": " + step.label(), step.resultText(), step.figures());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] pdf(Settlement s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Settlement report PY" + s.figures().performanceYear() + " " + s.acoId());
            doc.addCreator("Medicare Shared Savings Program");
            doc.open();
            BaseFont regular = PdfFonts.regular(); // Liberation Sans, embedded: it has the −, ≥ and × the explanation writes
            BaseFont strong = PdfFonts.bold();
            Font title = new Font(strong, 16);
            Font heading = new Font(strong, 12);
            Font body = new Font(regular, 10);
            Font bold = new Font(strong, 10);
            doc.add(new Paragraph("Medicare Shared Savings Program", body));
            doc.add(new Paragraph("Settlement report, performance year " + s.figures().performanceYear(), title));
            doc.add(new Paragraph(s.acoId() + " " + s.acoName(), heading));
            doc.add(new Paragraph(" ", body));

            PdfPTable figures = new PdfPTable(new float[] {3, 2});
            figures.setWidthPercentage(100);
            for (String[] line : lines(s)) {
                boolean net = line[0].startsWith("Net settlement");
                figures.addCell(cell(line[0], net ? bold : body, Element.ALIGN_LEFT));
                figures.addCell(cell(line[1], net ? bold : body, Element.ALIGN_RIGHT));
            }
            doc.add(figures);

            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("How the result was reached", heading));
            int n = 1;
            for (ExplanationStep step : s.figures().explanation()) {
                Paragraph p = new Paragraph();
                p.add(new Phrase(n++ + ". " + step.label() + ": ", bold));
                p.add(new Phrase(step.figures() + (step.result() == null ? "" : " = " + step.resultText()), body));
                p.setSpacingAfter(3);
                doc.add(p);
            }
            if (!s.figures().unresolved().isEmpty()) {
                doc.add(new Paragraph("Not fully determined: " + String.join("; ", s.figures().unresolved()), body));
            }
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("Amounts in US dollars, rounded once to whole dollars at the end of the calculation. "
                    + "This report concerns " + s.acoId() + " only.", body));
        } catch (DocumentException e) {
            throw new IllegalStateException("the settlement report could not be written", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        return cell;
    }

    private static String money(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(Locale.US);
        f.setMaximumFractionDigits(0);
        return f.format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    private static String percent(BigDecimal rate) {
        return rate == null ? "" : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
