package gov.cms.ssp.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import gov.cms.ssp.participant.InitiativeFile;
import gov.cms.ssp.participant.ListFile;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.participant.ListScreening;
import gov.cms.ssp.quality.MeasureDataFile;
import gov.cms.ssp.quality.QualityReferenceData;
import gov.cms.ssp.quality.QualityReferenceFiles;
import gov.cms.ssp.quality.puf.QualityCheck;
import gov.cms.ssp.reconciliation.FinancialInputFile;
import gov.cms.ssp.reconciliation.puf.PufFormatException;
import gov.cms.ssp.reconciliation.puf.PufReader;
import gov.cms.ssp.reconciliation.puf.PufReading;
import gov.cms.ssp.snf.SnfScreening;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing (Jazzer) of every reader of files people upload: CMS's per-ACO results and
 * the financial inputs built on them, participant, provider/supplier and SNF lists, the other
 * initiatives reference data, and quality measure data and reference files. Any exception other than the reader's own "bad file" answer is a defect.
 * With the unit tests only the seed corpus runs (src/test/resources/gov/cms/ssp/fuzz/
 * FileReadersFuzzTestInputs, and every input Jazzer once found there); {@code ./ssp fuzz} fuzzes.
 */
class FileReadersFuzzTest {
    private static final ListScreening SCREENING = new ListScreening(2027, LocalDate.of(2026, 7, 15));

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** PY 2015–2023 layouts: a file is rows and problems, or one PufFormatException for the file as a whole. */
    @FuzzTest(maxDuration = "60s")
    void perAcoResults(byte[] data) {
        for (int year : new int[] {2015, 2018, 2023}) {
            try {
                PufReading reading = PufReader.readEachRow(new StringReader(text(data)), year, "fuzz.csv");
                assertNotNull(reading.problems());
            } catch (PufFormatException badFile) {
                assertNotNull(badFile.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The import reports every problem and never throws. */
    @FuzzTest(maxDuration = "60s")
    void financialInputs(byte[] data) {
        FinancialInputFile file = FinancialInputFile.read(new StringReader(text(data)), 2023, "fuzz.csv");
        assertNotNull(file.problems());
    }

    /** A list upload is rows and problems, whatever the bytes (binary, encodings, widths, sizes). */
    @FuzzTest(maxDuration = "60s")
    void lists(byte[] data) {
        for (ListKind kind : new ListKind[] {ListKind.PARTICIPANT, ListKind.PROVIDER_SUPPLIER}) {
            assertNotNull(ListFile.read(kind, data, SCREENING).problems());
        }
        assertNotNull(ListFile.parse(SnfScreening.COLUMNS, "SNF", data, ListFile.MAX_ROWS, SnfScreening::checkFields).problems());
    }

    /** Measure uploads and reference files are measures or problems; the quality check of a per-ACO file reads any text. */
    @FuzzTest(maxDuration = "60s")
    void qualityFiles(byte[] data) {
        QualityReferenceData py2023 = QualityReferenceData.standard(2023);
        for (MeasureDataFile.Sender sender : MeasureDataFile.Sender.values()) {
            assertNotNull(MeasureDataFile.read(py2023, data, sender).problems());
        }
        assertNotNull(QualityReferenceFiles.read(2023, data, data, data).problems());
        try {
            assertNotNull(QualityCheck.standard(2023).check(new StringReader(text(data))));
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            assertNotNull(unreadable.getMessage() == null ? "" : unreadable.getMessage());
        }
    }

    @FuzzTest(maxDuration = "60s")
    void otherInitiatives(byte[] data) {
        assertNotNull(InitiativeFile.read(data).problems());
    }
}
