package gov.cms.ssp.shared.web;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;

/**
 * The fonts of every PDF the application writes (settlement reports, application receipts):
 * Liberation Sans from OpenPDF's font jar, embedded, so that −, ≥, × and accented names print.
 */
public final class PdfFonts {
    private static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return font(REGULAR);
    }

    public static BaseFont bold() {
        return font(BOLD);
    }

    private static BaseFont font(String resource) {
        try (var in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource + " is not on the class path");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the report font " + resource + " could not be read", e);
        }
    }
}
