package gov.cms.ssp.reconciliation.puf;

import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a PUF: column names (any spelling of {@link PufColumns}) to positions, the columns
 * every year needs, and which layout of the family the header looks like, so that a file read with
 * the wrong {@code --year} is refused with what it seems to be.
 */
final class PufHeader {

    private final String source;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, String> spelling = new HashMap<>();

    PufHeader(String source, List<String> headerNames) {
        this.source = source;
        for (int i = 0; i < headerNames.size(); i++) {
            String name = headerNames.get(i) == null ? "" : headerNames.get(i).replace("\uFEFF", "").trim();
            String key = PufColumns.key(name);
            if (!key.isEmpty() && byKey.putIfAbsent(key, i) == null) {
                spelling.put(key, name);
            }
        }
    }

    /** The position of a column under its CMS name or any of its {@link PufColumns#ALIASES}, or null. */
    Integer index(String column) {
        Integer index = byKey.get(PufColumns.key(column));
        if (index != null) {
            return index;
        }
        for (String alias : PufColumns.ALIASES.getOrDefault(column, List.of())) {
            index = byKey.get(PufColumns.key(alias));
            if (index != null) {
                return index;
            }
        }
        return null;
    }

    boolean has(String column) {
        return index(column) != null;
    }

    /** The column as the file spells it, for messages. */
    String spelling(String column) {
        Integer index = index(column);
        if (index == null) {
            return column;
        }
        return byKey.entrySet().stream().filter(e -> e.getValue().equals(index))
                .map(e -> spelling.get(e.getKey())).findFirst().orElse(column);
    }

    String idColumn() {
        return has(PufColumns.ACO_ID) ? PufColumns.ACO_ID : PufColumns.ACO_NUM;
    }

    boolean hasTrackFlags() {
        return has(PufColumns.TRACK_2_ACO) || PufColumns.TRACK_FLAGS.stream().anyMatch(this::has);
    }

    /** Every required column the header lacks, all in one refusal (not one per upload). */
    void requireAll() {
        List<String> missing = new ArrayList<>();
        if (!has(PufColumns.ACO_ID) && !has(PufColumns.ACO_NUM)) {
            missing.add(PufColumns.ACO_ID + " (or " + PufColumns.ACO_NUM + ")");
        }
        if (!has(PufColumns.CURRENT_TRACK) && !hasTrackFlags()) {
            missing.add(PufColumns.CURRENT_TRACK + " (or 0/1 track columns such as " + PufColumns.CURRENT_TRACK_1
                    + ", " + PufColumns.CURRENT_BASIC_A + ", " + PufColumns.TRACK1 + ")");
        }
        if (!has(PufColumns.CURRENT_START_DATE)) {
            missing.add(PufColumns.CURRENT_START_DATE + " (or Start_Date)");
        }
        for (String column : PufColumns.REQUIRED) {
            if (!has(column)) {
                missing.add(column);
            }
        }
        if (missing.size() == 1) {
            throw new PufFormatException(source, 0, 1, missing.get(0), "missing required column", missing);
        }
        if (!missing.isEmpty()) {
            throw new PufFormatException(source, 0, 1, String.join(", ", missing),
                    "missing required columns (" + missing.size() + ")", missing);
        }
    }

    /**
     * Refuses a file whose header belongs to other years of the family than {@code year}: each
     * telling column narrows the years the layout fits, and the message says which layout it looks
     * like. Only the header and the track codes are looked at, never a published result.
     */
    void requireFits(int year, List<CSVRecord> records) {
        int first = PufLayout.FIRST_YEAR;
        int last = PufLayout.LAST_YEAR;
        List<String> signs = new ArrayList<>();
        if (has(PufColumns.TRACK_2_ACO) || byKey.containsKey("acoidentifier")) {
            first = Math.max(first, 2013);
            last = Math.min(last, 2013);
            signs.add("long descriptive column names (\"ACO Identifier\", \"Track 2 ACO\")");
        }
        if (has(PufColumns.TRACK1) || has(PufColumns.TRACK2)) {
            last = Math.min(last, 2015);
            signs.add("Track1/Track2 columns");
        }
        boolean basicFlags = has(PufColumns.CURRENT_BASIC_A) || has(PufColumns.CURRENT_ENHANCED);
        if (basicFlags) {
            first = Math.max(first, 2019);
            last = Math.min(last, 2021);
            signs.add("Current_BASIC_A…E/Current_ENHANCED columns");
        } else if (has(PufColumns.CURRENT_TRACK_1) || has(PufColumns.CURRENT_TRACK_3)) {
            last = Math.min(last, 2020);
            signs.add("0/1 columns Current_Track_1/_2/_3/_1_Plus without BASIC levels");
        }
        if (has(PufColumns.CURRENT_TRACK) && lettersInCurrentTrack(records)) {
            first = Math.max(first, 2019);
            signs.add("Current_Track written A–E/EN");
        }
        if (has(PufColumns.REV_LOSS_LIMIT)) {
            first = Math.max(first, 2018);
            signs.add("a RevLossLimit column (Track 1+)");
        }
        if (has(PufColumns.MET_ALT_QPS)) {
            first = Math.max(first, 2023);
            signs.add("a Met_AltQPS column");
        }
        if (has(PufColumns.REDUCED_SS) || has(PufColumns.GUARDRAIL)) {
            first = Math.max(first, 2024);
            signs.add("ReducedSS/Guardrail columns");
        }
        yearColumnFits(year, records);
        if (year < first || year > last) {
            String years = first == last ? "PY" + first : first > last ? "no single year" : "PY" + first + "–" + last;
            throw new PufFormatException(source, 0, 1, null, "this file does not have the layout of PY" + year
                    + ": it looks like a " + years + " per-ACO results file (" + String.join(", ", signs)
                    + "); check --year");
        }
    }

    /** A copy's own {@code year} column decides, when its first row names another year. */
    private void yearColumnFits(int year, List<CSVRecord> records) {
        Integer index = index(PufColumns.YEAR);
        if (index == null || records.isEmpty() || index >= records.get(0).size()) {
            return;
        }
        String cell = records.get(0).get(index).trim();
        if (cell.matches("\\d{4}") && Integer.parseInt(cell) != year) {
            throw new PufFormatException(source, 0, 1, PufColumns.YEAR, "the file's year column says " + cell
                    + ": it looks like the PY" + cell + " per-ACO results file, not PY" + year + "'s; check --year");
        }
    }

    private boolean lettersInCurrentTrack(List<CSVRecord> records) {
        int index = index(PufColumns.CURRENT_TRACK);
        for (CSVRecord r : records) {
            if (index < r.size()) {
                String code = r.get(index).trim().toUpperCase(Locale.ROOT);
                if (code.matches("[A-E]|EN|ENHANCED|BASIC.*|LEVEL.*")) {
                    return true;
                }
            }
        }
        return false;
    }
}
