package gov.cms.ssp.participant;

import gov.cms.ssp.shared.AcoId;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The cross-database screening of list rows, set-based: the rows are staged in
 * {@code screening_row} and each rule is one join against the whole program (every ACO's list in
 * force, every submitted change request, CMS's initiative reference list), so a 10,000-row upload
 * costs a handful of queries, not 10,000 lookups. Plain JDBC on the caller's connection, so that
 * the service (inside its JTA transaction) and {@code ./ssp bench participants} run the same SQL.
 * The findings are worded by {@link ListScreening}.
 */
public final class ConflictScreen {
    private static final int BATCH = 1000;
    private static final String CONFLICTING = java.util.Arrays.stream(OtherInitiative.values())
            .filter(OtherInitiative::conflictsWithSharedSavings).map(i -> "'" + i.name() + "'")
            .collect(Collectors.joining(", "));
    /** An entry is on the list for the PY when its dates overlap the PY. */
    private static final String IN_FORCE = " p.effective_date <= ? and (p.termination_date is null or p.termination_date >= ?) ";

    private ConflictScreen() {
    }

    /**
     * @param excludeRequestId a change request whose own rows must not count against themselves
     *                         (when a reviewer re-screens it); -1 for a new upload
     */
    public static List<RowProblem> screen(Connection c, AcoId aco, ListScreening rules, ListKind kind,
                                          List<ListRow> rows, long excludeRequestId) throws SQLException {
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return problems;
        }
        Map<Integer, ListRow> byLine = new HashMap<>();
        rows.forEach(r -> byLine.put(r.line(), r));
        String batch = UUID.randomUUID().toString();
        stage(c, batch, kind, rows);
        try {
            Date pyStart = Date.valueOf(rules.participantEffectiveDate());
            Date pyEnd = Date.valueOf(rules.participantEffectiveDate().withMonth(12).withDayOfMonth(31));
            if (kind == ListKind.PARTICIPANT) {
                exclusivity(c, batch, aco, rules, pyStart, pyEnd, excludeRequestId, problems);
                try (PreparedStatement q = c.prepareStatement("select s.row_no, s.tin, o.initiative from screening_row s"
                        + " join other_initiative_tin o on o.tin = s.tin and o.py = ?"
                        + " where s.batch_id = ? and o.initiative in (" + CONFLICTING + ") order by s.row_no")) {
                    q.setInt(1, rules.py());
                    q.setString(2, batch);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            problems.add(rules.initiativeConflict(r.getInt(1), r.getString(2), OtherInitiative.valueOf(r.getString(3))));
                        }
                    }
                }
            }
            // already on the ACO's own list for the PY
            String sameEntry = kind == ListKind.PARTICIPANT
                    ? "select s.row_no from screening_row s join participant_tin p on p.tin = s.tin and p.aco_id = ? and" + IN_FORCE
                    + " where s.batch_id = ?"
                    : "select s.row_no from screening_row s join provider_supplier p on p.npi = s.npi and p.tin = s.tin and p.aco_id = ? and"
                    + IN_FORCE + " where s.batch_id = ?";
            try (PreparedStatement q = c.prepareStatement(sameEntry)) {
                q.setString(1, aco.value());
                q.setDate(2, pyEnd);
                q.setDate(3, pyStart);
                q.setString(4, batch);
                lines(q).forEach(line -> problems.add(rules.alreadyListed(byLine.get(line), "on your list for " + rules.py())));
            }
            // already waiting in one of the ACO's own change requests for the PY
            String pending = "select s.row_no from screening_row s join change_request_row r on r.tin = s.tin"
                    + (kind == ListKind.PROVIDER_SUPPLIER ? " and r.npi = s.npi" : "")
                    + " and r.list_kind = s.list_kind and r.action = 'ADD' and r.disposition = 'PENDING'"
                    + " join change_request cr on cr.id = r.request_id and cr.aco_id = ? and cr.py = ? and cr.id <> ?"
                    + " where s.batch_id = ?";
            try (PreparedStatement q = c.prepareStatement(pending)) {
                q.setString(1, aco.value());
                q.setInt(2, rules.py());
                q.setLong(3, excludeRequestId);
                q.setString(4, batch);
                lines(q).forEach(line -> problems.add(rules.alreadyListed(byLine.get(line), "in your change request for " + rules.py())));
            }
            if (kind == ListKind.PROVIDER_SUPPLIER) {
                try (PreparedStatement q = c.prepareStatement("select s.row_no from screening_row s where s.batch_id = ?"
                        + " and not exists (select 1 from participant_tin p where p.tin = s.tin and p.aco_id = ? and" + IN_FORCE + ")"
                        + " and not exists (select 1 from change_request_row r join change_request cr on cr.id = r.request_id"
                        + "   where r.tin = s.tin and r.list_kind = 'PARTICIPANT' and r.action = 'ADD' and r.disposition = 'PENDING'"
                        + "   and cr.aco_id = ? and cr.py = ?)")) {
                    q.setString(1, batch);
                    q.setString(2, aco.value());
                    q.setDate(3, pyEnd);
                    q.setDate(4, pyStart);
                    q.setString(5, aco.value());
                    q.setInt(6, rules.py());
                    lines(q).forEach(line -> problems.add(rules.billingTinNotListed(byLine.get(line))));
                }
            }
        } finally {
            unstage(c, batch);
        }
        problems.sort(RowProblem.IN_FILE_ORDER);
        return problems;
    }

    /**
     * Exclusivity alone, for a participant already on the ACO's list whose change says it now bills
     * primary care used in assignment.
     */
    public static List<RowProblem> exclusivity(Connection c, AcoId aco, ListScreening rules, List<ListRow> rows,
                                               long excludeRequestId) throws SQLException {
        List<RowProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return problems;
        }
        String batch = UUID.randomUUID().toString();
        stage(c, batch, ListKind.PARTICIPANT, rows);
        try {
            Date pyStart = Date.valueOf(rules.participantEffectiveDate());
            exclusivity(c, batch, aco, rules, pyStart, Date.valueOf(pyStart.toLocalDate().withMonth(12).withDayOfMonth(31)),
                    excludeRequestId, problems);
        } finally {
            unstage(c, batch);
        }
        return problems;
    }

    /**
     * A TIN billing primary care may be on one Shared Savings Program ACO's list per PY: another
     * ACO's list in force, or another ACO's submitted, still-pending addition.
     */
    private static void exclusivity(Connection c, String batch, AcoId aco, ListScreening rules, Date pyStart, Date pyEnd,
                                    long excludeRequestId, List<RowProblem> problems) throws SQLException {
        Map<Integer, String[]> conflicts = new java.util.TreeMap<>();
        try (PreparedStatement q = c.prepareStatement("select s.row_no, s.tin, min(p.aco_id) from screening_row s"
                + " join participant_tin p on p.tin = s.tin and p.aco_id <> ? and" + IN_FORCE
                + " where s.batch_id = ? and (s.primary_care or p.primary_care) group by s.row_no, s.tin"
                + " union all "
                + "select s.row_no, s.tin, min(cr.aco_id) from screening_row s"
                + " join change_request_row r on r.tin = s.tin and r.list_kind = 'PARTICIPANT' and r.action = 'ADD' and r.disposition = 'PENDING'"
                + " join change_request cr on cr.id = r.request_id and cr.status = 'SUBMITTED' and cr.py = ? and cr.aco_id <> ? and cr.id <> ?"
                + " where s.batch_id = ? and (s.primary_care or r.primary_care) group by s.row_no, s.tin")) {
            q.setString(1, aco.value());
            q.setDate(2, pyEnd);
            q.setDate(3, pyStart);
            q.setString(4, batch);
            q.setInt(5, rules.py());
            q.setString(6, aco.value());
            q.setLong(7, excludeRequestId);
            q.setString(8, batch);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String[] found = {r.getString(2), r.getString(3)};
                    conflicts.merge(r.getInt(1), found, (a, b) -> a[1].compareTo(b[1]) <= 0 ? a : b);
                }
            }
        }
        conflicts.forEach((line, f) -> problems.add(rules.exclusivityConflict(line, f[0], AcoId.of(f[1]))));
    }

    private static Set<Integer> lines(PreparedStatement q) throws SQLException {
        Set<Integer> lines = new HashSet<>();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                lines.add(r.getInt(1));
            }
        }
        return lines;
    }

    private static void unstage(Connection c, String batch) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("delete from screening_row where batch_id = ?")) {
            d.setString(1, batch);
            d.executeUpdate();
        }
    }

    private static void stage(Connection c, String batch, ListKind kind, List<ListRow> rows) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "insert into screening_row (batch_id, row_no, list_kind, tin, npi, primary_care) values (?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ListRow r : rows) {
                ins.setString(1, batch);
                ins.setInt(2, r.line());
                ins.setString(3, kind.name());
                ins.setString(4, r.tin());
                ins.setString(5, r.npi());
                ins.setBoolean(6, r.primaryCare());
                ins.addBatch();
                if (++n % BATCH == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }
}
