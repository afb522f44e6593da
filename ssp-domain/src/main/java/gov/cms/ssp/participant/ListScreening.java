package gov.cms.ssp.participant;

import gov.cms.ssp.shared.DisplayFormat;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.Tin;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening rules of the participant and provider/supplier lists, one method per rule, as
 * pure code: the service runs the cross-database parts (exclusivity, other initiatives, what is
 * already listed) as set-based SQL and words every finding through the methods here, so that a
 * page, an upload and a reviewer's queue all say the same thing.
 *
 * @param py    the performance year the list is for
 * @param today the day the row is entered (the 30-day reporting rules count from it)
 */
public record ListScreening(int py, LocalDate today) {
    /** Deletions and provider/supplier changes must be reported within this many days (425.118). */
    public static final int REPORTING_DAYS = 30;
    public static final int MAX_NAME_LENGTH = 200;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    /** Participant additions take effect on January 1 of the PY. */
    public LocalDate participantEffectiveDate() {
        return LocalDate.of(py, 1, 1);
    }

    /**
     * Checks one row's fields (in the kind's column order) and, when they are all right, gives the
     * row; the problems go to {@code problems}.
     */
    public ListRow checkFields(ListKind kind, int line, List<String> fields, List<RowProblem> problems) {
        int before = problems.size();
        List<String> cols = kind.columns();
        if (kind == ListKind.PARTICIPANT) {
            String tin = tin(line, cols.get(0), fields.get(0), problems);
            String name = name(line, cols.get(1), fields.get(1), true, problems);
            Boolean primaryCare = yesNo(line, cols.get(2), fields.get(2), problems);
            return problems.size() > before ? null
                    : new ListRow(line, kind, tin, null, name, null, primaryCare, participantEffectiveDate());
        }
        String npi = npi(line, cols.get(0), fields.get(0), problems);
        String name = name(line, cols.get(1), fields.get(1), true, problems);
        String specialty = name(line, cols.get(2), fields.get(2), true, problems);
        String tin = tin(line, cols.get(3), fields.get(3), problems);
        LocalDate effective = providerEffectiveDate(line, cols.get(4), fields.get(4), problems);
        return problems.size() > before ? null
                : new ListRow(line, kind, tin, npi, name, specialty, false, effective);
    }

    String tin(int line, String column, String raw, List<RowProblem> problems) {
        try {
            return Tin.of(raw).value();
        } catch (InvalidIdentifierException e) {
            problems.add(new RowProblem(line, column, e.getMessage(),
                    "Enter the 9-digit Taxpayer Identification Number, e.g. 123456789 (dashes are allowed)"));
            return null;
        }
    }

    String npi(int line, String column, String raw, List<RowProblem> problems) {
        try {
            return Npi.of(raw).value();
        } catch (InvalidIdentifierException e) {
            problems.add(new RowProblem(line, column, e.getMessage(),
                    "Copy the 10-digit NPI from NPPES (npiregistry.cms.hhs.gov); the last digit is a check digit"));
            return null;
        }
    }

    /**
     * Names and specialties: required, at most 200 characters, and never something a spreadsheet
     * would run as a formula or a browser as markup.
     */
    String name(int line, String column, String raw, boolean required, List<RowProblem> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            if (required) {
                problems.add(new RowProblem(line, column, column + " is empty", "Enter the " + column.toLowerCase()
                        + " as it is enrolled in Medicare (PECOS)"));
            }
            return null;
        }
        if (v.length() > MAX_NAME_LENGTH) {
            problems.add(new RowProblem(line, column, column + " has " + v.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed", "Shorten it to the name enrolled in Medicare (PECOS)"));
        }
        if (ExportCell.looksLikeFormula(v)) {
            problems.add(new RowProblem(line, column, column + " starts with '" + v.charAt(0)
                    + "', which spreadsheets run as a formula", "Remove the leading '" + v.charAt(0)
                    + "'; enter the name as plain text"));
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            problems.add(new RowProblem(line, column, column + " contains < or > (markup is not a name)",
                    "Remove the < and > characters and anything between them"));
        }
        return v;
    }

    Boolean yesNo(int line, String column, String raw, List<RowProblem> problems) {
        String v = raw == null ? "" : raw.strip().toUpperCase();
        switch (v) {
            case "Y", "YES", "TRUE", "1":
                return true;
            case "N", "NO", "FALSE", "0":
                return false;
            default:
                problems.add(new RowProblem(line, column, v.isEmpty() ? column + " is empty"
                        : "'" + raw.strip() + "' is not Y or N", "Enter Y if the TIN bills primary care services used in assignment, else N"));
                return null;
        }
    }

    /**
     * A provider/supplier's effective date: empty means January 1 of the PY; a date in the past may
     * be at most 30 days ago (adds must be reported within 30 days) and it cannot be after the PY.
     */
    LocalDate providerEffectiveDate(int line, String column, String raw, List<RowProblem> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            return participantEffectiveDate();
        }
        LocalDate date = parseDate(v);
        if (date == null) {
            problems.add(new RowProblem(line, column, "'" + v + "' is not a date",
                    "Write the date as MM/DD/YYYY, e.g. " + DisplayFormat.date(participantEffectiveDate())));
            return null;
        }
        long late = ChronoUnit.DAYS.between(date, today);
        if (late > REPORTING_DAYS) {
            problems.add(new RowProblem(line, column, "The NPI began on " + DisplayFormat.date(date) + ", " + late
                    + " days ago; additions must be reported within " + REPORTING_DAYS + " days",
                    "Use a date in the last 30 days or ask CMS about a late addition"));
        } else if (date.getYear() > py) {
            problems.add(new RowProblem(line, column, "The date " + DisplayFormat.date(date) + " is after performance year " + py,
                    "Enter a date in " + py + " or earlier"));
        }
        return date;
    }

    public static LocalDate parseDate(String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v, US_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Rows that repeat an earlier row of the same list: the later ones are the problem. */
    public List<RowProblem> duplicates(List<ListRow> rows) {
        Map<String, Integer> firstSeen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ListRow r : rows) {
            Integer first = firstSeen.putIfAbsent(r.key(), r.line());
            if (first != null) {
                problems.add(r.kind() == ListKind.PARTICIPANT
                        ? new RowProblem(r.line(), "TIN", "TIN " + r.tin() + " is already on line " + first,
                                "Keep one of the two lines")
                        : new RowProblem(r.line(), "NPI", "NPI " + r.npi() + " with TIN " + r.tin()
                                + " is already on line " + first, "Keep one of the two lines"));
            }
        }
        return problems;
    }

    /**
     * Exclusivity (425.306): a TIN that bills primary care used in assignment may be on only one
     * Shared Savings Program ACO's list for a PY. Names the other ACO by its public ID only.
     */
    public RowProblem exclusivityConflict(int line, String tin, AcoId otherAco) {
        return new RowProblem(line, "TIN", "TIN " + tin + " bills primary care services used in assignment and is on the "
                + "participant list of ACO " + otherAco + " for " + py + "; it may be in only one Shared Savings Program ACO",
                "Ask the TIN which ACO it joins for " + py + "; remove it here or have ACO " + otherAco + " delete it");
    }

    /** A TIN in another shared-savings initiative for the PY; non-shared-savings models never get here. */
    public RowProblem initiativeConflict(int line, String tin, OtherInitiative initiative) {
        if (!initiative.conflictsWithSharedSavings()) {
            throw new IllegalArgumentException(initiative + " does not conflict with the Shared Savings Program");
        }
        return new RowProblem(line, "TIN", "TIN " + tin + " takes part in " + initiative.label() + " in " + py
                + "; a TIN may be in only one Medicare shared-savings initiative per year",
                "Remove the TIN, or have it leave " + initiative.label() + " before " + py);
    }

    /** The row is already on the ACO's list for the PY, or already waiting in a change request. */
    public RowProblem alreadyListed(ListRow row, String where) {
        return row.kind() == ListKind.PARTICIPANT
                ? new RowProblem(row.line(), "TIN", "TIN " + row.tin() + " is already " + where, "Remove this line")
                : new RowProblem(row.line(), "NPI", "NPI " + row.npi() + " with TIN " + row.tin() + " is already " + where,
                        "Remove this line");
    }

    /** An NPI bills through a participant TIN, so the TIN must be on the ACO's participant list. */
    public RowProblem billingTinNotListed(ListRow row) {
        return new RowProblem(row.line(), "Participant TIN", "TIN " + row.tin() + " is not on your participant list for "
                + py, "Add TIN " + row.tin() + " to the participant list first, or correct the TIN the NPI bills through");
    }

    /**
     * A deletion takes effect on its termination date and must be reported within 30 days of it;
     * a termination date before the list's PY starts is not a deletion from that list.
     */
    public List<String> deletionProblems(LocalDate terminationDate, LocalDate effectiveDate) {
        List<String> problems = new ArrayList<>();
        if (terminationDate == null) {
            problems.add("Enter the termination date: the deletion takes effect on it");
            return problems;
        }
        long late = ChronoUnit.DAYS.between(terminationDate, today);
        if (late > REPORTING_DAYS) {
            problems.add("The termination date " + DisplayFormat.date(terminationDate) + " is " + late + " days ago; deletions must be reported within "
                    + REPORTING_DAYS + " days of the termination");
        }
        if (effectiveDate != null && terminationDate.isBefore(effectiveDate)) {
            problems.add("The termination date " + DisplayFormat.date(terminationDate) + " is before the entry took effect (" + DisplayFormat.date(effectiveDate) + ")");
        }
        return problems;
    }
}
