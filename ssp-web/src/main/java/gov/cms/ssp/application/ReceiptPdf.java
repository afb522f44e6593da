package gov.cms.ssp.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import gov.cms.ssp.shared.web.PdfFonts;
import java.io.ByteArrayOutputStream;

/**
 * The receipt of a submission as a PDF (OpenPDF, Liberation Sans embedded): the reference number,
 * date and time with its zone, who submitted, and every answer as it was submitted, section by section.
 */
final class ReceiptPdf {
    private ReceiptPdf() {
    }

    static byte[] of(ReceiptView r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Application receipt " + r.reference());
            doc.addCreator("Medicare Shared Savings Program");
            doc.open();
            BaseFont regular = PdfFonts.regular();
            BaseFont strong = PdfFonts.bold();
            Font title = new Font(strong, 16);
            Font heading = new Font(strong, 12);
            Font body = new Font(regular, 10);
            doc.add(new Paragraph("Medicare Shared Savings Program", body));
            doc.add(new Paragraph("Receipt of your application for agreements starting January 1, " + r.cycleYear(), title));
            doc.add(new Paragraph(r.legalName() + " (" + r.acoId() + ")", heading));
            doc.add(new Paragraph(" ", body));
            PdfPTable facts = table();
            row(facts, "Reference number", r.reference(), body);
            row(facts, "Date", r.date(), body);
            row(facts, "Time", r.time(), body);
            row(facts, "Submitted by", r.submittedBy(), body);
            row(facts, "What was received", r.description(), body);
            doc.add(facts);
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("What you submitted", heading));
            String section = null;
            PdfPTable answers = null;
            for (SubmittedCopy.Line line : r.lines()) {
                if (!line.section().equals(section)) {
                    if (answers != null) {
                        doc.add(answers);
                    }
                    section = line.section();
                    Paragraph h = new Paragraph(section, new Font(strong, 10));
                    h.setSpacingBefore(8);
                    h.setSpacingAfter(3);
                    doc.add(h);
                    answers = table();
                }
                row(answers, line.label(), line.value(), body);
            }
            if (answers != null) {
                doc.add(answers);
            }
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("Keep this receipt: quote the reference number when you contact CMS about this application. "
                    + "Times are US Eastern time.", body));
        } catch (DocumentException e) {
            throw new IllegalStateException("the receipt could not be written", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static PdfPTable table() {
        PdfPTable t = new PdfPTable(new float[] {2, 3});
        t.setWidthPercentage(100);
        return t;
    }

    private static void row(PdfPTable t, String label, String value, Font font) {
        for (String text : new String[] {label, value}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setPadding(4);
            t.addCell(cell);
        }
    }
}
