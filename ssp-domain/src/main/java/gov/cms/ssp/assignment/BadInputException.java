package gov.cms.ssp.assignment;

/** A problem in an input file, named by file, line and column (the command exits 2 and writes nothing). */
public final class BadInputException extends Exception {

    private final String file;
    private final long line;
    private final String column;
    private final String detail;

    public BadInputException(String file, long line, String column, String detail) {
        super(file + " line " + line + (column == null ? "" : " column " + column) + ": " + detail);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /** What is wrong, without file, line and column. */
    public String detail() {
        return detail;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String column() {
        return column;
    }
}
