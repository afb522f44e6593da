package gov.cms.ssp.assignment;

import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.shared.CallerContext;
import gov.cms.ssp.shared.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A data year's section A files, uploaded by a CMS financial analyst one file at a time: the body is
 * streamed to disk (never held in memory), every row checked, and the file put in place only when it
 * has no problem — a bad file is refused whole, its problems named by line and column, and what was
 * loaded before stays as it was.
 */
@Stateless
@RolesAllowed({Role.CMS_ADMIN, Role.CMS_REVIEWER, Role.CMS_ANALYST})
public class DataLoadService {
    /** A national year of claims is about 150 GB; nothing larger is one file of it. */
    public static final long MAX_BYTES = 200L * 1024 * 1024 * 1024;
    public static final int FIRST_YEAR = 2010;
    public static final int LAST_YEAR = 2040;
    /** at most this many problems are reported for one file */
    public static final int PROBLEM_LIMIT = 100;

    @Resource(lookup = "java:jboss/datasources/SspDS")
    private DataSource db;
    @EJB
    private CallerContext caller;
    @Resource
    private SessionContext session;

    /** The largest part of a chunked upload (the server's request limit is 50 MB). */
    public static final int MAX_PART_BYTES = 32 * 1024 * 1024;
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[0-9a-f]{32}");

    /**
     * Streams one whole file to disk, checks it and, when it is clean, puts it in place of the year's
     * file of that name. No transaction is held while the body streams in; the record is written at the end.
     */
    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UploadReport upload(int dataYear, String fileName, InputStream body) {
        requireFile(dataYear, fileName);
        try {
            Path dir = AssignmentFiles.year(dataYear);
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".upload-", ".part");
            try {
                append(body, temp, Long.MAX_VALUE);
                return accept(dataYear, fileName, temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
    }

    /**
     * Begins a chunked upload (how the page sends files of several GB: parts of at most
     * {@link #MAX_PART_BYTES}, each appended to a part file on disk, then {@link #complete}); returns its token.
     */
    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String begin(int dataYear, String fileName) {
        requireFile(dataYear, fileName);
        String token = java.util.UUID.randomUUID().toString().replace("-", "");
        try {
            Files.createDirectories(AssignmentFiles.year(dataYear));
            Files.createFile(partFile(dataYear, fileName, token));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be started", e);
        }
        return token;
    }

    /** Appends one part at {@code offset} (the bytes received so far: a repeated or skipped part is refused); returns the new size. */
    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long appendPart(int dataYear, String fileName, String token, long offset, InputStream part) {
        Path file = existingPart(dataYear, fileName, token);
        try {
            long size = Files.size(file);
            if (size != offset) {
                throw new gov.cms.ssp.shared.ConcurrentChangeException("The upload has " + size + " bytes; this part starts at " + offset
                        + ". Send the part that starts at " + size + ".");
            }
            if (size + MAX_PART_BYTES > MAX_BYTES) {
                throw new BusinessException("The file is larger than " + MAX_BYTES / (1L << 30) + " GB.");
            }
            append(part, file, MAX_PART_BYTES);
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the part could not be stored", e);
        }
    }

    /** Checks the whole uploaded file and puts it in place when clean; the part file is gone either way. */
    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public UploadReport complete(int dataYear, String fileName, String token) {
        Path file = existingPart(dataYear, fileName, token);
        try {
            return accept(dataYear, fileName, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be checked", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover part file is harmless: it is never read as data
            }
        }
    }

    private UploadReport accept(int dataYear, String fileName, Path temp) throws IOException {
        long bytes = Files.size(temp);
        long[] lines = new long[1];
        String sha = digest(temp, lines);
        long rows = Math.max(0, lines[0] - 1);
        List<UploadReport.Problem> problems = new ArrayList<>();
        if (bytes == 0) {
            problems.add(new UploadReport.Problem(0, null, "the file is empty"));
        } else {
            problems.addAll(check(fileName, temp));
        }
        if (!problems.isEmpty()) {
            return new UploadReport(dataYear, fileName, 0, bytes, problems);
        }
        Files.move(temp, AssignmentFiles.year(dataYear).resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        session.getBusinessObject(DataLoadService.class).recordFile(dataYear, fileName, rows, bytes, sha);
        return new UploadReport(dataYear, fileName, rows, bytes, List.of());
    }

    private static void requireFile(int dataYear, String fileName) {
        requireYear(dataYear);
        if (fileName == null || !AssignmentFiles.uploadable().contains(fileName)) {
            throw new BusinessException("A data year takes only the files " + String.join(", ", AssignmentFiles.uploadable())
                    + "; name the file as the layout does.");
        }
    }

    private static Path partFile(int dataYear, String fileName, String token) {
        return AssignmentFiles.year(dataYear).resolve(".upload-" + token + "-" + fileName + ".part");
    }

    private static Path existingPart(int dataYear, String fileName, String token) {
        requireFile(dataYear, fileName);
        if (token == null || !TOKEN.matcher(token).matches() || !Files.isRegularFile(partFile(dataYear, fileName, token))) {
            throw new gov.cms.ssp.shared.NotFoundException("There is no upload in progress with this token.");
        }
        return partFile(dataYear, fileName, token);
    }

    private static List<UploadReport.Problem> check(String fileName, Path file) throws IOException {
        List<UploadReport.Problem> problems = new ArrayList<>();
        if (PartitionedYear.BENEFICIARY_FILES.contains(fileName)) {
            try (InputStream in = Files.newInputStream(file)) {
                for (BadInputException p : PartitionedYear.checkFile(fileName, in, PROBLEM_LIMIT)) {
                    problems.add(new UploadReport.Problem(p.line(), p.column(), p.detail()));
                }
            }
        } else {
            BadInputException p = PartitionedYear.checkSmallFile(fileName, file);
            if (p != null) {
                problems.add(new UploadReport.Problem(p.line(), p.column(), p.detail()));
            }
        }
        return problems;
    }

    /** Appends at most {@code limit} bytes of the body to the file (a longer body is refused). */
    private static void append(InputStream body, Path file, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, java.nio.file.StandardOpenOption.APPEND), 1 << 16)) {
            for (int n; (n = body.read(buffer)) > 0; ) {
                written += n;
                if (written > limit) {
                    throw new BusinessException("A part is larger than " + limit / (1024 * 1024) + " MB.");
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /** The file's SHA-256, read once (streamed); lines[0] = its number of lines. */
    private static String digest(Path file, long[] lines) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines[0]++;
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @RolesAllowed(Role.CMS_ANALYST)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFile(int dataYear, String fileName, long rows, long bytes, String sha256) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("delete from assignment_data_file where data_year = ? and file_name = ?")) {
                delete.setInt(1, dataYear);
                delete.setString(2, fileName);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into assignment_data_file (data_year, file_name, data_rows,"
                    + " bytes, sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, dataYear);
                insert.setString(2, fileName);
                insert.setLong(3, rows);
                insert.setLong(4, bytes);
                insert.setString(5, sha256);
                insert.setString(6, caller.userName());
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files loaded for a data year, in the order of the layout. */
    public List<DataFileView> files(int dataYear) {
        List<DataFileView> files = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select file_name, data_rows, bytes, uploaded_by, uploaded_at"
                     + " from assignment_data_file where data_year = ?")) {
            q.setInt(1, dataYear);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    files.add(new DataFileView(dataYear, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> order = AssignmentFiles.uploadable();
        files.sort((a, b) -> Integer.compare(order.indexOf(a.fileName()), order.indexOf(b.fileName())));
        return files;
    }

    /** The data years with every per-beneficiary file loaded. */
    public List<Integer> completeYears() {
        List<Integer> years = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement q = c.prepareStatement("select data_year from assignment_data_file where file_name in (?, ?, ?, ?, ?)"
                     + " group by data_year having count(*) = 5 order by data_year")) {
            for (int i = 0; i < 5; i++) {
                q.setString(i + 1, PartitionedYear.BENEFICIARY_FILES.get(i));
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    years.add(rs.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return years;
    }

    static void requireYear(int dataYear) {
        if (dataYear < FIRST_YEAR || dataYear > LAST_YEAR) {
            throw new BusinessException("The data year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
    }
}
