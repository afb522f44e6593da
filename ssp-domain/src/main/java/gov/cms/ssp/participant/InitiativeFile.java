package gov.cms.ssp.participant;

import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.Tin;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CMS's reference list of TINs in other initiatives (CSV: TIN, Initiative, PY), checked as a whole. */
public record InitiativeFile(List<Entry> entries, List<RowProblem> problems) {
    public static final List<String> COLUMNS = List.of("TIN", "Initiative", "PY");

    public record Entry(String tin, OtherInitiative initiative, int py) {
    }

    public static InitiativeFile read(byte[] content) {
        List<Entry> entries = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        String text = content == null ? "" : new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (text.isBlank()) {
            problems.add(RowProblem.ofFile("The file is empty", "Upload a CSV with the columns TIN, Initiative, PY"));
            return new InitiativeFile(entries, problems);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreHeaderCase(true).get())) {
            if (!parser.getHeaderNames().stream().map(String::toUpperCase).toList().containsAll(COLUMNS.stream().map(String::toUpperCase).toList())) {
                problems.add(RowProblem.ofFile("The columns must be TIN, Initiative, PY; found " + parser.getHeaderNames(),
                        "Use the header line TIN,Initiative,PY"));
                return new InitiativeFile(entries, problems);
            }
            for (CSVRecord r : parser) {
                int line = (int) r.getRecordNumber() + 1;
                if (!r.isConsistent()) {
                    problems.add(new RowProblem(line, "(row)", "The line has " + r.size() + " values", "Give TIN, Initiative and PY"));
                    continue;
                }
                String tin = null;
                try {
                    tin = Tin.of(r.get("TIN")).value();
                } catch (InvalidIdentifierException e) {
                    problems.add(new RowProblem(line, "TIN", e.getMessage(), "Enter 9 digits"));
                }
                OtherInitiative initiative = OtherInitiative.parse(r.get("Initiative"));
                if (initiative == null) {
                    problems.add(new RowProblem(line, "Initiative", "'" + r.get("Initiative") + "' is not a known initiative",
                            "Use one of " + OtherInitiative.codes()));
                }
                Integer py = null;
                try {
                    py = Integer.valueOf(r.get("PY"));
                    if (py < 2012 || py > 2100) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    py = null;
                    problems.add(new RowProblem(line, "PY", "'" + r.get("PY") + "' is not a performance year", "Enter a year, e.g. 2027"));
                }
                if (tin != null && initiative != null && py != null) {
                    entries.add(new Entry(tin, initiative, py));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(RowProblem.ofFile("The file could not be read as CSV: " + e.getMessage(), "Save it as CSV UTF-8 with commas"));
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(RowProblem.ofFile("The file has a header but no rows", "Add one line per TIN, initiative and PY"));
        }
        return new InitiativeFile(List.copyOf(new java.util.LinkedHashSet<>(entries)), problems);
    }
}
