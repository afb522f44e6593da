package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.reconciliation.PerformancePeriod;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the whole family of CMS per-ACO results PUFs, 2013–2024, with Apache Commons CSV. Columns
 * are found by name in any of their spellings ({@link PufColumns#ALIASES}); each rate column's
 * notation is learnt from the file ({@link RateNotations}); {@code *}, {@code -} and empty cells are
 * kept as such; thousands separators and {@code $} are accepted in numbers; dates may be
 * {@code 01/01/2016}, {@code 1/1/16}, {@code 1/1/16 00:00} or {@code 01/01/2016 12:00:00 AM}.
 * The outcome columns ({@link PufColumns#OUTCOMES}) are read only into {@link PufRow#published()}.
 * Anything unreadable is a {@link PufFormatException} naming file, row and column.
 */
public final class PufReader {

    private PufReader() {
    }

    public static PufFile read(Path file, int year) throws IOException {
        try (Reader reader = open(file)) {
            return read(reader, year, file.getFileName().toString());
        }
    }

    /** Every row of a file, with a problem for each bad one (see {@link #readEachRow(Reader, int, String)}). */
    public static PufReading readEachRow(Path file, int year) throws IOException {
        try (Reader reader = open(file)) {
            return readEachRow(reader, year, file.getFileName().toString());
        }
    }

    private static Reader open(Path file) throws IOException {
        // CMS files are ASCII in the columns we read; tolerate odd bytes (Latin-1 ACO names)
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(Files.newInputStream(file), decoder);
    }

    public static PufFile read(Reader reader, int year, String source) throws IOException {
        PufReading reading = readEachRow(reader, year, source);
        if (!reading.problems().isEmpty()) {
            throw reading.problems().get(0);
        }
        return reading.file();
    }

    /**
     * Reads every row even when some are bad, for an upload or a command that reports all its
     * problems at once. Problems with the file as a whole (year, header, layout, CSV syntax, no rows)
     * are thrown.
     */
    public static PufReading readEachRow(Reader reader, int year, String source) throws IOException {
        return readEachRow(reader, year, source, true);
    }

    /**
     * As {@link #readEachRow(Reader, int, String)}; {@code requireLayoutOfYear} false skips the check that
     * the header is a layout of {@code year} (the application's financial-input import takes a PY's
     * inputs in any year's layout; the command refuses a file of another year).
     */
    public static PufReading readEachRow(Reader reader, int year, String source, boolean requireLayoutOfYear)
            throws IOException {
        if (!PufLayout.isSupported(year)) {
            throw new PufFormatException(source, "year " + year + " is outside the PUF family "
                    + PufLayout.FIRST_YEAR + "–" + PufLayout.LAST_YEAR);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            try {
                for (CSVRecord record : parser) {
                    records.add(record);
                    lines.add(parser.getCurrentLineNumber());
                }
            } catch (RuntimeException e) {
                throw new PufFormatException(source, records.size() + 1L, parser.getCurrentLineNumber(), null,
                        "malformed CSV: " + e.getMessage());
            }
            PufHeader header = new PufHeader(source, ShiftedHeader2013.repair(parser.getHeaderNames(), records));
            header.requireAll();
            if (records.isEmpty()) {
                throw new PufFormatException(source, "no data rows");
            }
            if (requireLayoutOfYear) {
                header.requireFits(year, records);
            }
            RateNotations notations = RateNotations.learn(PufLayout.forYear(year), header, records);
            List<PufRow> rows = new ArrayList<>(records.size());
            List<PufFormatException> problems = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                try {
                    rows.add(new PufRowReader(source, notations, header, records.get(i), i + 1L, lines.get(i)).read());
                } catch (PufFormatException e) {
                    problems.add(e);
                }
            }
            return new PufReading(new PufFile(source, notations.layout(), rows), problems);
        }
    }

    /** A Current_Track code: A–E, EN (2021+), or the names older files and copies use. */
    static Track trackFromCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim().toUpperCase(java.util.Locale.ROOT)
                .replace("BASIC", "").replace("LEVEL", "").replace("TRACK", "").replace(" ", "").replace("_", "");
        return switch (code) {
            case "A" -> Track.BASIC_A;
            case "B" -> Track.BASIC_B;
            case "C" -> Track.BASIC_C;
            case "D" -> Track.BASIC_D;
            case "E" -> Track.BASIC_E;
            case "EN", "ENHANCED" -> Track.ENHANCED;
            case "1" -> Track.TRACK_1;
            case "1+", "1PLUS" -> Track.TRACK_1_PLUS;
            case "2" -> Track.TRACK_2;
            case "3" -> Track.TRACK_3;
            default -> null;
        };
    }

    /** The track a 0/1 column names. */
    static Track trackOfFlag(String column) {
        return switch (column) {
            case PufColumns.CURRENT_TRACK_1, PufColumns.TRACK1 -> Track.TRACK_1;
            case PufColumns.CURRENT_TRACK_1_PLUS -> Track.TRACK_1_PLUS;
            case PufColumns.CURRENT_TRACK_2, PufColumns.TRACK2 -> Track.TRACK_2;
            case PufColumns.CURRENT_TRACK_3 -> Track.TRACK_3;
            case PufColumns.CURRENT_BASIC_A -> Track.BASIC_A;
            case PufColumns.CURRENT_BASIC_B -> Track.BASIC_B;
            case PufColumns.CURRENT_BASIC_C -> Track.BASIC_C;
            case PufColumns.CURRENT_BASIC_D -> Track.BASIC_D;
            case PufColumns.CURRENT_BASIC_E -> Track.BASIC_E;
            case PufColumns.CURRENT_ENHANCED -> Track.ENHANCED;
            default -> throw new IllegalArgumentException("not a track column: " + column);
        };
    }

    /** The period a PY2019 row's six-month flag names, null when the value says nothing. */
    static PerformancePeriod periodFromFlag(String raw, boolean startsJuly2019) {
        String v = raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.contains("jul") || v.equals("2019a") || v.equals("py2019a") || v.equals("py 2019a")) {
            return PerformancePeriod.JULY_TO_DECEMBER_2019;
        }
        if (v.contains("jun")) {
            return PerformancePeriod.JANUARY_TO_JUNE_2019;
        }
        if (v.contains("dec") || v.contains("full") || v.contains("12") || v.matches("0|0\\.0|n|no|false")) {
            return PerformancePeriod.FULL_YEAR;
        }
        if (v.contains("six") || v.contains("6") || v.matches("1|1\\.0|y|yes|true")) {
            return startsJuly2019 ? PerformancePeriod.JULY_TO_DECEMBER_2019 : PerformancePeriod.JANUARY_TO_JUNE_2019;
        }
        return null;
    }

    static BigDecimal halfUnit(int fractionDecimals) {
        return new BigDecimal("0.5").movePointLeft(fractionDecimals);
    }
}
