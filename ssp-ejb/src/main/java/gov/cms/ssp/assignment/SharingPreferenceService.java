package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Beneficiaries' data-sharing preferences (a beneficiary who declined sharing through 1-800-MEDICARE),
 * loaded by CMS from a CSV {@code bene_id,declined,recorded_on} (Y/N, YYYY-MM-DD): the whole file or,
 * with any problem, nothing. The latest file's value of a beneficiary replaces the earlier one.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_ANALYST})
public class SharingPreferenceService {
    public static final int MAX_ROWS = 5_000_000;

    @Inject
    private RunStore store;
    @EJB
    private CallerContext caller;

    public UploadReport load(Reader csv, String fileName) {
        List<UploadReport.Problem> problems = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                .parse(csv)) {
            for (String column : List.of("bene_id", "declined", "recorded_on")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    problems.add(new UploadReport.Problem(1, column, "the header lacks the column"));
                }
            }
            if (problems.isEmpty()) {
                for (CSVRecord r : parser) {
                    long line = parser.getCurrentLineNumber();
                    String bene = r.get("bene_id").trim();
                    String declined = r.get("declined").trim();
                    String date = r.get("recorded_on").trim();
                    if (bene.isEmpty() || bene.length() > 11) {
                        problems.add(new UploadReport.Problem(line, "bene_id", "must be 1 to 11 characters"));
                    } else if (!seen.add(bene)) {
                        problems.add(new UploadReport.Problem(line, "bene_id", "appears twice in the file"));
                    }
                    if (!declined.equals("Y") && !declined.equals("N")) {
                        problems.add(new UploadReport.Problem(line, "declined", "must be Y or N"));
                    }
                    try {
                        LocalDate.parse(date);
                    } catch (DateTimeParseException e) {
                        problems.add(new UploadReport.Problem(line, "recorded_on", "must be a date YYYY-MM-DD"));
                    }
                    if (rows.size() >= MAX_ROWS) {
                        problems.add(new UploadReport.Problem(line, null, "the file has more than " + MAX_ROWS + " rows"));
                        break;
                    }
                    if (problems.size() >= DataLoadService.PROBLEM_LIMIT) {
                        break;
                    }
                    rows.add(new String[] {bene, declined, date});
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new UploadReport.Problem(0, null, "the file is not a readable CSV: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            return new UploadReport(0, fileName, 0, 0, problems);
        }
        String user = caller.userName();
        Instant now = Instant.now();
        store.with(c -> {
            try (PreparedStatement delete = c.prepareStatement("delete from beneficiary_sharing_preference where bene_id = ?");
                 PreparedStatement insert = c.prepareStatement("insert into beneficiary_sharing_preference (bene_id, declined,"
                         + " recorded_on, loaded_by, loaded_at) values (?, ?, ?, ?, ?)")) {
                for (String[] row : rows) {
                    delete.setString(1, row[0]);
                    delete.addBatch();
                    RunStore.bind(insert, row[0], row[1].equals("Y"), java.sql.Date.valueOf(row[2]), user, now);
                    insert.addBatch();
                }
                delete.executeBatch();
                insert.executeBatch();
            }
            return null;
        });
        return new UploadReport(0, fileName, rows.size(), 0, List.of());
    }

    public long declinedCount() {
        return store.query("select count(*) from beneficiary_sharing_preference where declined", rs -> rs.getLong(1)).get(0);
    }

    static void requireNotEmpty(String text) {
        if (text == null || text.isBlank()) {
            throw new BusinessException("The file is empty.");
        }
    }
}
