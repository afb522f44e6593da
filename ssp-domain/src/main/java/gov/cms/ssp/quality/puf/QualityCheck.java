package gov.cms.ssp.quality.puf;

import gov.cms.ssp.quality.CollectionType;
import gov.cms.ssp.quality.QualityReferenceData;
import gov.cms.ssp.quality.ReportingRoute;
import gov.cms.ssp.quality.QualityResult;
import gov.cms.ssp.quality.QualityScoring;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Recomputes the quality outcome of every ACO of a CMS per-ACO results file from the measure rates
 * it publishes, with the PY's reference data, and compares with CMS's QualScore, Met_QPS, Met_AltQPS
 * and percentile flag. A score that depends on a benchmark the repository does not have is a range:
 * the row is then consistent (CMS's figure lies in the range) or differs, never guessed.
 */
public final class QualityCheck {

    /** How one row compares. */
    public enum Verdict {
        /** every published figure compared is reproduced exactly */
        REPRODUCED,
        /** the outcome is reproduced; the score is a range that holds CMS's score */
        CONSISTENT,
        /** a published figure differs from what the rules give */
        DIFFERS,
        /** the file says the ACO reported but publishes none of the reported measures' rates */
        NOT_CHECKABLE
    }

    public record Row(PublishedQuality published, QualityResult result, Verdict verdict, String reason) {
    }

    /** Half a unit of the published QualScore (two decimals): the tolerance of rounding. */
    static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

    private final QualityScoring scoring;

    public QualityCheck(QualityScoring scoring) {
        this.scoring = scoring;
    }

    public static QualityCheck standard(int performanceYear) {
        return new QualityCheck(QualityScoring.standard(performanceYear));
    }

    public List<Row> check(Reader csv) throws IOException {
        QualityReferenceData reference = scoring.reference();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get())) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                try {
                    PublishedQuality published = PublishedQuality.of(record.getRecordNumber(), cells, reference);
                    rows.add(compare(published, scoring.score(published.submission())));
                } catch (IllegalArgumentException e) {
                    // a row the rules cannot take (e.g. a rate outside 0-100 %): the whole file is refused, naming the row
                    throw new IllegalArgumentException("row " + record.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    static Row compare(PublishedQuality pub, QualityResult r) {
        boolean wiRates = pub.submission().measures().stream()
                .anyMatch(m -> m.key().collectionType() == CollectionType.WEB_INTERFACE);
        boolean cqmRates = pub.submission().measures().stream()
                .anyMatch(m -> ReportingRoute.CQM.collectionTypes().contains(m.key().collectionType()));
        // an ACO that reported both ways is scored on the higher; the files publish that route's rates only
        if ((Boolean.TRUE.equals(pub.reportWebInterface()) || Boolean.TRUE.equals(pub.reportCqm())) && !wiRates && !cqmRates) {
            return new Row(pub, r, Verdict.NOT_CHECKABLE, "the file says the ACO reported "
                    + (Boolean.TRUE.equals(pub.reportWebInterface()) ? "Web Interface" : "eCQM/MIPS CQM")
                    + " measures but publishes none of their rates");
        }
        List<String> differs = new ArrayList<>();
        if (pub.metQps() != null) {
            Boolean ours = r.determination() == null ? null : r.determination().metStandard();
            if (ours != null && !ours.equals(pub.metQps())) {
                differs.add("Met_QPS " + (pub.metQps() ? 1 : 0) + ", the rules give " + (ours ? 1 : 0));
            }
        }
        if (pub.metAltQps() != null && r.determination() != null && r.determination().metAlternative() != pub.metAltQps()) {
            differs.add("Met_AltQPS " + (pub.metAltQps() ? 1 : 0) + ", the rules give " + (r.determination().metAlternative() ? 1 : 0));
        }
        if (pub.met30Pctl() != null && r.metPercentile() != null && !r.metPercentile().equals(pub.met30Pctl())) {
            differs.add("percentile flag " + (pub.met30Pctl() ? 1 : 0) + ", the rules give " + (r.metPercentile() ? 1 : 0));
        }
        boolean scoreExact = false;
        if (pub.qualScore() != null) {
            BigDecimal q = pub.qualScore();
            if (r.finalScore() != null) {
                BigDecimal ours = r.finalScore().setScale(2, RoundingMode.HALF_UP);
                if (ours.subtract(q).abs().compareTo(HALF_HUNDREDTH) > 0) {
                    differs.add("QualScore " + q.toPlainString() + ", the rules give " + ours.toPlainString());
                } else {
                    scoreExact = true;
                }
            } else if (r.lowestScore() != null && (q.add(HALF_HUNDREDTH).compareTo(r.lowestScore()) < 0
                    || q.subtract(HALF_HUNDREDTH).compareTo(r.highestScore()) > 0)) {
                differs.add("QualScore " + q.toPlainString() + " is outside the range the rules allow, "
                        + r.lowestScore().setScale(2, RoundingMode.HALF_UP) + " to " + r.highestScore().setScale(2, RoundingMode.HALF_UP));
            }
        }
        if (!differs.isEmpty()) {
            return new Row(pub, r, Verdict.DIFFERS, String.join("; ", differs));
        }
        if (r.determination() != null && (scoreExact || pub.qualScore() == null)) {
            return new Row(pub, r, Verdict.REPRODUCED, r.determination().label());
        }
        return new Row(pub, r, Verdict.CONSISTENT, (r.determination() == null ? "outcome undetermined" : "outcome reproduced")
                + "; score between " + fmt(r.lowestScore()) + " and " + fmt(r.highestScore()) + ": " + String.join("; ", r.undetermined()));
    }

    private static String fmt(BigDecimal v) {
        return v == null ? "?" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
