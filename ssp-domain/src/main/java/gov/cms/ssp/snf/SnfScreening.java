package gov.cms.ssp.snf;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.ExportCell;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.participant.RowProblem;
import gov.cms.ssp.shared.Ccn;
import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.Tin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The screening of an ACO's SNF affiliate list (42 CFR 425.612): formats (CCN in the SNF range,
 * TIN, name, star rating), the 3-star minimum, the ACO's track, and duplicates within the file and
 * against the affiliates already in force. Pure code, so a page, an upload and the API say the same.
 */
public final class SnfScreening {
    /** The upload layout: the contract of the CSV upload and of the template. */
    public static final List<String> COLUMNS = ListKind.SNF_AFFILIATE.columns();
    public static final int MAX_NAME_LENGTH = 200;

    private SnfScreening() {
    }

    /** Why this ACO cannot keep an SNF list at all; null when its track allows the waiver. */
    public static String trackRefusal(Track track) {
        return SnfEligibility.trackMayHaveSnfAffiliates(track) ? null
                : "An ACO on " + (track == null ? "no track" : track.label())
                + " cannot have SNF affiliates: the SNF 3-day rule waiver is open to Basic Levels C, D, E and Enhanced";
    }

    /** Checks one row's fields (in {@link #COLUMNS} order); gives the row, or null after adding its problems. */
    public static SnfRow checkFields(int line, List<String> fields, List<RowProblem> problems) {
        int before = problems.size();
        String ccn = null;
        try {
            ccn = Ccn.of(fields.get(0)).value();
        } catch (InvalidIdentifierException e) {
            problems.add(new RowProblem(line, COLUMNS.get(0), e.getMessage(),
                    "Enter the facility's 6-digit CMS Certification Number (e.g. 105123) as on Care Compare; SNFs are xx5000–xx6499"));
        }
        String name = fields.get(1) == null ? "" : fields.get(1).strip();
        if (name.isEmpty()) {
            problems.add(new RowProblem(line, COLUMNS.get(1), "The facility name is required", "Enter the SNF's name as on Care Compare"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new RowProblem(line, COLUMNS.get(1), "The facility name has " + name.length()
                    + " characters; at most " + MAX_NAME_LENGTH, "Shorten the name"));
        } else if (ExportCell.looksLikeFormula(name)) {
            problems.add(new RowProblem(line, COLUMNS.get(1), "The facility name starts with '" + name.charAt(0)
                    + "', which spreadsheets run as a formula", "Start the name with a letter or digit"));
        }
        String tin = null;
        try {
            tin = Tin.of(fields.get(2)).value();
        } catch (InvalidIdentifierException e) {
            problems.add(new RowProblem(line, COLUMNS.get(2), e.getMessage(),
                    "Enter the SNF's 9-digit Taxpayer Identification Number, e.g. 123456789 (dashes are allowed)"));
        }
        Integer stars = null;
        String rawStars = fields.get(3) == null ? "" : fields.get(3).strip();
        if (rawStars.isEmpty()) {
            problems.add(new RowProblem(line, COLUMNS.get(3), "The SNF's overall star rating is required",
                    "Enter the overall rating (1 to 5) from Care Compare"));
        } else if (!rawStars.matches("\\d{1,2}")) {
            problems.add(new RowProblem(line, COLUMNS.get(3), "'" + rawStars + "' is not a star rating",
                    "Enter a whole number of stars, 1 to 5"));
        } else {
            stars = Integer.parseInt(rawStars);
            // The track is checked once for the whole list, so only the rating rules are worded per row.
            for (String p : SnfEligibility.problems(Track.ENHANCED, stars)) {
                problems.add(new RowProblem(line, COLUMNS.get(3), p, stars < SnfEligibility.MINIMUM_STAR_RATING
                        ? "Only SNFs rated 3 stars or more can be affiliates; remove this row" : "Enter a whole number of stars, 1 to 5"));
            }
        }
        return problems.size() > before ? null : new SnfRow(line, ccn, name, tin, stars);
    }

    /**
     * The same CCN twice in one file, a CCN already on the ACO's SNF list for the PY, or one already
     * waiting in the ACO's change request for the PY.
     */
    public static List<RowProblem> duplicates(List<SnfRow> rows, int py, Set<String> onList, Set<String> pending) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SnfRow row : rows) {
            Integer first = seen.putIfAbsent(row.ccn(), row.line());
            if (first != null) {
                problems.add(new RowProblem(row.line(), COLUMNS.get(0), "CCN " + row.ccn() + " is already on line " + first,
                        "Keep one line per SNF"));
            } else if (onList.contains(row.ccn())) {
                problems.add(new RowProblem(row.line(), COLUMNS.get(0), "CCN " + row.ccn() + " is already on your SNF affiliate list for " + py,
                        "Remove this row; the SNF is already on the list"));
            } else if (pending.contains(row.ccn())) {
                problems.add(new RowProblem(row.line(), COLUMNS.get(0), "CCN " + row.ccn() + " is already in your change request for " + py,
                        "Remove this row; the SNF is already waiting for CMS"));
            }
        }
        return problems;
    }

}
