package gov.cms.ssp.participant;

import java.util.Comparator;

/**
 * One thing wrong with an uploaded or entered row, in words the user can act on. Row 0 means the
 * file as a whole (empty, binary, wrong delimiter, wrong columns); otherwise it is the line number
 * in the file as a spreadsheet shows it (the header is line 1).
 */
public record RowProblem(int row, String column, String problem, String fix) {
    public static final Comparator<RowProblem> IN_FILE_ORDER =
            Comparator.comparingInt(RowProblem::row).thenComparing(RowProblem::column);

    public static RowProblem ofFile(String problem, String fix) {
        return new RowProblem(0, "(file)", problem, fix);
    }

    public String rowLabel() {
        return row == 0 ? "file" : String.valueOf(row);
    }
}
