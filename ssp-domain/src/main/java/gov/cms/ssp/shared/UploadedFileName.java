package gov.cms.ssp.shared;

/**
 * The name an uploaded file is kept and served under. Browsers may send a full path ("C:\Users\..\plan.pdf")
 * and a client may send anything ("../../etc/passwd", quotes, line breaks): only the last path segment is
 * kept, and characters other than letters, digits, dot, dash, underscore and space become "_", so the
 * name is safe in a Content-Disposition header and never names a place on a disk. A missing name or one
 * longer than the column holds is refused in words, not left to the database.
 */
public final class UploadedFileName {
    public static final int MAX_LENGTH = 200;

    private UploadedFileName() {
    }

    public static String of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BusinessException("The file has no name; choose the file again (its name must end in .pdf).");
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new BusinessException("The file has no usable name; rename it (for example plan.pdf) and upload it again.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new BusinessException("The file name has " + name.length() + " characters; it may have at most " + MAX_LENGTH
                    + ". Rename the file and upload it again.");
        }
        return name;
    }
}
