package gov.cms.ssp.reconciliation;

/** A released run's results as CMS's per-ACO results file of the PY: the file's name, its text, and how its layout was chosen. */
public record ResultsExport(String fileName, String csv, String layoutNote, int rows) {
}
