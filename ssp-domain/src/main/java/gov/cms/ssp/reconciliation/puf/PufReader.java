package gov.cms.ssp.reconciliation.puf;

import gov.cms.ssp.agreement.Track;
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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the whole family of CMS per-ACO results PUFs, 2013–2024, with Apache Commons CSV. Columns
 * are found by name (case-insensitive); rates are converted to fractions by the year's
 * {@link PufLayout}; {@code *}, {@code -} and empty cells are kept as such; thousands separators
 * are accepted in numbers. Anything unreadable is a {@link PufFormatException} naming row and column.
 */
public final class PufReader {

    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(\\s.*)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T\\s].*)?");
    private static final BigDecimal HALF_DOLLAR = new BigDecimal("0.5");
    /** A fraction-notation rate above this is a percentage in the wrong file, not a rate. */
    private static final BigDecimal LARGEST_PLAUSIBLE_FRACTION = new BigDecimal("1.5");

    private PufReader() {
    }

    public static PufFile read(Path file, int year) throws IOException {
        // CMS files are ASCII in the columns we read; tolerate odd bytes in names
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            return read(reader, year, file.getFileName().toString());
        }
    }

    public static PufFile read(Reader reader, int year, String source) throws IOException {
        PufReading reading = readEachRow(reader, year, source);
        if (!reading.problems().isEmpty()) {
            throw reading.problems().get(0);
        }
        return reading.file();
    }

    /**
     * Reads every row even when some are bad, for an upload that reports all its problems at once.
     * Problems with the file as a whole (year, header, CSV syntax, no rows) are still thrown.
     */
    public static PufReading readEachRow(Reader reader, int year, String source) throws IOException {
        if (!PufLayout.isSupported(year)) {
            throw new PufFormatException(source, "year " + year + " is outside the PUF family "
                    + PufLayout.FIRST_YEAR + "–" + PufLayout.LAST_YEAR);
        }
        PufLayout layout = PufLayout.forYear(year);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Columns columns = new Columns(source, parser.getHeaderNames());
            columns.requireAll();
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
            if (records.isEmpty()) {
                throw new PufFormatException(source, "no data rows");
            }
            Map<String, Integer> decimals = rateDecimals(columns, records);
            List<PufRow> rows = new ArrayList<>(records.size());
            List<PufFormatException> problems = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                try {
                    rows.add(new RowReader(source, layout, columns, records.get(i), i + 1L, lines.get(i), decimals).read());
                } catch (PufFormatException e) {
                    problems.add(e);
                }
            }
            return new PufReading(new PufFile(source, layout, rows), problems);
        }
    }

    /** Each rate column's precision: the most decimal places any of its cells has. */
    private static Map<String, Integer> rateDecimals(Columns columns, List<CSVRecord> records) {
        Map<String, Integer> decimals = new HashMap<>();
        for (String rate : PufColumns.RATES) {
            Integer index = columns.index(rate);
            int most = 0;
            if (index != null) {
                for (CSVRecord r : records) {
                    if (index < r.size()) {
                        String cell = r.get(index).replace("%", "").trim();
                        int dot = cell.indexOf('.');
                        if (dot >= 0) {
                            most = Math.max(most, cell.length() - dot - 1);
                        }
                    }
                }
            }
            decimals.put(rate, most);
        }
        return decimals;
    }

    /** The header: case-insensitive names to positions. */
    private static final class Columns {
        private final String source;
        private final Map<String, Integer> byName = new HashMap<>();
        private final Map<String, String> spelling = new HashMap<>();

        Columns(String source, List<String> headerNames) {
            this.source = source;
            for (int i = 0; i < headerNames.size(); i++) {
                String name = headerNames.get(i) == null ? "" : headerNames.get(i).replace("\uFEFF", "").trim();
                String key = name.toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && byName.putIfAbsent(key, i) == null) {
                    spelling.put(key, name);
                }
            }
        }

        Integer index(String column) {
            return byName.get(column.toLowerCase(Locale.ROOT));
        }

        boolean has(String column) {
            return index(column) != null;
        }

        String idColumn() {
            return has(PufColumns.ACO_ID) ? PufColumns.ACO_ID : PufColumns.ACO_NUM;
        }

        void requireAll() {
            if (!has(PufColumns.ACO_ID) && !has(PufColumns.ACO_NUM)) {
                throw missing(PufColumns.ACO_ID + " (or " + PufColumns.ACO_NUM + ")");
            }
            if (!has(PufColumns.CURRENT_TRACK) && PufColumns.TRACK_FLAGS.stream().noneMatch(this::has)) {
                throw missing(PufColumns.CURRENT_TRACK + " (or " + String.join("/", PufColumns.TRACK_FLAGS) + ")");
            }
            for (String column : PufColumns.REQUIRED) {
                if (!has(column)) {
                    throw missing(column);
                }
            }
        }

        private PufFormatException missing(String column) {
            return new PufFormatException(source, 0, 1, column, "missing required column");
        }
    }

    /** Reads one record; every problem names this row and the column. */
    private static final class RowReader {
        private final String source;
        private final PufLayout layout;
        private final Columns columns;
        private final CSVRecord record;
        private final long row;
        private final long line;
        private final Map<String, Integer> decimals;

        RowReader(String source, PufLayout layout, Columns columns, CSVRecord record, long row, long line,
                  Map<String, Integer> decimals) {
            this.source = source;
            this.layout = layout;
            this.columns = columns;
            this.record = record;
            this.row = row;
            this.line = line;
            this.decimals = decimals;
        }

        PufRow read() {
            if (columns.has(PufColumns.YEAR)) {
                PufNumber y = count(PufColumns.YEAR);
                if (y.isPresent() && y.value().intValue() != layout.year()) {
                    throw error(PufColumns.YEAR, "row is for year " + y.raw() + ", not " + layout.year());
                }
            }
            String id = text(columns.idColumn());
            if (id == null || id.isEmpty()) {
                throw error(columns.idColumn(), "ACO identifier is empty");
            }
            PufNumber period = columns.has(PufColumns.AGREEMENT_PERIOD_NUM)
                    ? count(PufColumns.AGREEMENT_PERIOD_NUM) : PufNumber.absent(PufNumber.Presence.EMPTY, "");
            return new PufRow(row, line, id, track(),
                    period.isPresent() ? period.value().intValueExact() : null,
                    date(PufColumns.CURRENT_START_DATE),
                    count(PufColumns.N_AB),
                    money(PufColumns.AB_TOT_BNCHMK),
                    money(PufColumns.AB_TOT_EXP),
                    rate(PufColumns.SAV_RATE),
                    rate(PufColumns.MIN_SAV_PERC),
                    money(PufColumns.GEN_SAVE_LOSS),
                    money(PufColumns.EARN_SAVE_LOSS),
                    money(PufColumns.DIS_ADJ),
                    rate(PufColumns.QUAL_SCORE),
                    rate(PufColumns.FINAL_SHARE_RATE),
                    rate(PufColumns.FINAL_LOSS_RATE),
                    flag(PufColumns.MET_QPS),
                    flag(PufColumns.MET_ALT_QPS),
                    flag(PufColumns.REV_LOSS_LIMIT),
                    lowRevenue(),
                    flag(PufColumns.REDUCED_SS),
                    flag(PufColumns.GUARDRAIL));
        }

        private String text(String column) {
            Integer index = columns.index(column);
            if (index == null) {
                return null;
            }
            if (index >= record.size()) {
                throw error(column, "row has " + record.size() + " cells, the header " + (index + 1) + " or more");
            }
            return record.get(index).trim();
        }

        private PufNumber absentOrNull(String raw) {
            if (raw == null || raw.isEmpty()) {
                return PufNumber.absent(PufNumber.Presence.EMPTY, raw == null ? "" : raw);
            }
            if (raw.equals("*")) {
                return PufNumber.absent(PufNumber.Presence.SUPPRESSED, raw);
            }
            if (raw.equals("-")) {
                return PufNumber.absent(PufNumber.Presence.NOT_APPLICABLE, raw);
            }
            return null;
        }

        private BigDecimal number(String column, String raw) {
            // "$1,234" and "-$1,234" occur in some copies of older files
            String s = raw.replace("$", "");
            if (s.indexOf(',') >= 0) {
                if (!THOUSANDS.matcher(s).matches()) {
                    throw error(column, "malformed number '" + raw + "'");
                }
                s = s.replace(",", "");
            }
            if (!PLAIN_NUMBER.matcher(s).matches()) {
                throw error(column, "malformed number '" + raw + "'");
            }
            return new BigDecimal(s);
        }

        private PufNumber money(String column) {
            String raw = text(column);
            PufNumber absent = absentOrNull(raw);
            return absent != null ? absent : PufNumber.of(number(column, raw), HALF_DOLLAR, raw);
        }

        private PufNumber count(String column) {
            PufNumber n = money(column);
            if (n.isPresent() && n.value().stripTrailingZeros().scale() > 0) {
                throw error(column, "expected a whole number, found '" + n.raw() + "'");
            }
            return n;
        }

        private PufNumber rate(String column) {
            String raw = text(column);
            PufNumber absent = absentOrNull(raw);
            if (absent != null) {
                return absent;
            }
            int places = decimals.getOrDefault(column, 0);
            if (raw.endsWith("%")) {
                BigDecimal percent = number(column, raw.substring(0, raw.length() - 1).trim());
                return PufNumber.of(percent.movePointLeft(2), halfUnit(places + 2), raw);
            }
            BigDecimal value = number(column, raw);
            RateNotation notation = layout.notationOf(column);
            if (notation == RateNotation.FRACTION) {
                if (value.abs().compareTo(LARGEST_PLAUSIBLE_FRACTION) > 0) {
                    throw error(column, "'" + raw + "' is not a fraction: PY" + layout.year()
                            + " files write this rate as a fraction (0.0309 for 3.09%)");
                }
                return PufNumber.of(value, halfUnit(places), raw);
            }
            if (notation == RateNotation.PERCENT_STRING) {
                throw error(column, "'" + raw + "' lacks the % sign PY" + layout.year() + " files write rates with");
            }
            return PufNumber.of(value.movePointLeft(2), halfUnit(notation.fractionDecimals(places)), raw);
        }

        private static BigDecimal halfUnit(int fractionDecimals) {
            return new BigDecimal("0.5").movePointLeft(fractionDecimals);
        }

        private Boolean flag(String column) {
            String raw = text(column);
            if (raw == null || raw.isEmpty() || raw.equals("-") || raw.equals("*")) {
                return null;
            }
            return switch (raw.toLowerCase(Locale.ROOT)) {
                case "1", "1.0", "y", "yes", "true" -> Boolean.TRUE;
                case "0", "0.0", "n", "no", "false" -> Boolean.FALSE;
                default -> throw error(column, "expected 0 or 1, found '" + raw + "'");
            };
        }

        private Boolean lowRevenue() {
            String raw = text(PufColumns.REV_EXP_CAT);
            if (raw == null || raw.isEmpty() || raw.equals("-") || raw.equals("*")) {
                return null;
            }
            String v = raw.toLowerCase(Locale.ROOT);
            if (v.startsWith("low")) {
                return Boolean.TRUE;
            }
            if (v.startsWith("high")) {
                return Boolean.FALSE;
            }
            throw error(PufColumns.REV_EXP_CAT, "expected 'Low Revenue' or 'High Revenue', found '" + raw + "'");
        }

        private LocalDate date(String column) {
            String raw = text(column);
            if (raw == null || raw.isEmpty()) {
                throw error(column, "agreement start date is empty");
            }
            try {
                Matcher us = US_DATE.matcher(raw);
                if (us.matches()) {
                    return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                            Integer.parseInt(us.group(2)));
                }
                Matcher iso = ISO_DATE.matcher(raw);
                if (iso.matches()) {
                    return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                }
            } catch (DateTimeException e) {
                throw error(column, "invalid date '" + raw + "'");
            }
            throw error(column, "malformed date '" + raw + "' (expected MM/DD/YYYY)");
        }

        private Track track() {
            if (columns.has(PufColumns.CURRENT_TRACK)) {
                String raw = text(PufColumns.CURRENT_TRACK);
                Track t = trackFromCode(raw);
                if (t == null) {
                    throw error(PufColumns.CURRENT_TRACK, "unknown track '" + raw + "'");
                }
                return t;
            }
            Track found = null;
            String foundColumn = null;
            for (String column : PufColumns.TRACK_FLAGS) {
                if (columns.has(column) && Boolean.TRUE.equals(flag(column))) {
                    if (found != null) {
                        throw error(column, "both " + foundColumn + " and " + column + " are 1: unknown track");
                    }
                    found = switch (column) {
                        case PufColumns.CURRENT_TRACK_1 -> Track.TRACK_1;
                        case PufColumns.CURRENT_TRACK_1_PLUS -> Track.TRACK_1_PLUS;
                        case PufColumns.CURRENT_TRACK_2 -> Track.TRACK_2;
                        default -> Track.TRACK_3;
                    };
                    foundColumn = column;
                }
            }
            if (found == null) {
                throw error(String.join("/", PufColumns.TRACK_FLAGS), "no current track flag is 1: unknown track");
            }
            return found;
        }

        private PufFormatException error(String column, String problem) {
            return new PufFormatException(source, row, line, column, problem);
        }
    }

    /** A Current_Track code: A–E, EN (2021+), or the names older files and copies use. */
    static Track trackFromCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim().toUpperCase(Locale.ROOT)
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
}
