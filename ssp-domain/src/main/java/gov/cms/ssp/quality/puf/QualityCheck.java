package gov.cms.ssp.quality.puf;

import gov.cms.ssp.quality.CollectionType;
import gov.cms.ssp.quality.MeasureDefinition;
import gov.cms.ssp.quality.QualitySubmission;
import gov.cms.ssp.quality.ReportedMeasure;
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
 * the row is then consistent (CMS's figure lies in the range) or differs, never guessed. The files publish
 * rates rounded (e.g. 0.146 for 479, two decimals for the others), so each row is also scored with every rate
 * moved half a unit of its last published digit towards fewer and towards more points: CMS scored the exact
 * rates, which lie in between. A score inside only that band is consistent, not reproduced.
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
                    rows.add(compare(published, scoring.score(published.submission()),
                            scoring.score(rounded(published.submission(), reference, -1)),
                            scoring.score(rounded(published.submission(), reference, 1))));
                } catch (IllegalArgumentException e) {
                    // a row the rules cannot take (e.g. a rate outside 0-100 %): the whole file is refused, naming the row
                    throw new IllegalArgumentException("row " + record.getRecordNumber() + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }

    /**
     * The submission with every published rate moved half a unit of its last digit towards fewer points
     * ({@code direction} -1) or more ({@code +1}): lower for a measure where higher is better, higher for an
     * inverse one; within 0 to 100.
     */
    static QualitySubmission rounded(QualitySubmission s, QualityReferenceData reference, int direction) {
        List<ReportedMeasure> moved = new ArrayList<>();
        for (ReportedMeasure m : s.measures()) {
            if (m.rate() == null) {
                moved.add(m);
                continue;
            }
            boolean inverse = reference.measure(m.key()).map(MeasureDefinition::inverse).orElse(false);
            BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(m.rate().scale(), 0) + 1).multiply(BigDecimal.valueOf(5));
            BigDecimal rate = m.rate().add(half.multiply(BigDecimal.valueOf(inverse ? -direction : direction)))
                    .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
            moved.add(new ReportedMeasure(m.key(), m.numerator(), m.denominator(), m.exclusions(), m.eligiblePopulation(),
                    rate, m.cases()));
        }
        return new QualitySubmission(s.performanceYear(), s.firstYearOfFirstAgreement(), s.eucAffected(), moved,
                s.healthEquity(), s.improvementPoints());
    }

    static Row compare(PublishedQuality pub, QualityResult r) {
        return compare(pub, r, r, r);
    }

    /** {@code low} and {@code high}: the row scored with its rates rounded towards fewer and more points. */
    static Row compare(PublishedQuality pub, QualityResult r, QualityResult low, QualityResult high) {
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
        boolean withinRounding = false;
        if (pub.qualScore() != null && r.lowestScore() != null) {
            BigDecimal q = pub.qualScore();
            BigDecimal lo = low.lowestScore() == null ? r.lowestScore() : low.lowestScore().min(r.lowestScore());
            BigDecimal hi = high.highestScore() == null ? r.highestScore() : high.highestScore().max(r.highestScore());
            boolean inBand = q.add(HALF_HUNDREDTH).compareTo(lo) >= 0 && q.subtract(HALF_HUNDREDTH).compareTo(hi) <= 0;
            if (r.finalScore() != null && r.finalScore().setScale(2, RoundingMode.HALF_UP).subtract(q).abs().compareTo(HALF_HUNDREDTH) <= 0) {
                scoreExact = true;
            } else if (!inBand) {
                differs.add(r.finalScore() != null
                        ? "QualScore " + q.toPlainString() + ", the rules give " + fmt(r.finalScore())
                        : "QualScore " + q.toPlainString() + " is outside the range the rules allow, " + fmt(lo) + " to " + fmt(hi));
            } else {
                withinRounding = q.add(HALF_HUNDREDTH).compareTo(r.lowestScore()) < 0
                        || q.subtract(HALF_HUNDREDTH).compareTo(r.highestScore()) > 0 || r.finalScore() != null;
            }
        }
        if (!differs.isEmpty()) {
            return new Row(pub, r, Verdict.DIFFERS, String.join("; ", differs));
        }
        if (r.determination() != null && (scoreExact || pub.qualScore() == null)) {
            return new Row(pub, r, Verdict.REPRODUCED, r.determination().label());
        }
        if (withinRounding) {
            return new Row(pub, r, Verdict.CONSISTENT, (r.determination() == null ? "outcome undetermined" : "outcome reproduced")
                    + "; QualScore " + pub.qualScore().toPlainString() + " lies within the rounding of the published rates ("
                    + fmt(low.lowestScore() == null ? r.lowestScore() : low.lowestScore()) + " to "
                    + fmt(high.highestScore() == null ? r.highestScore() : high.highestScore()) + ")");
        }
        return new Row(pub, r, Verdict.CONSISTENT, (r.determination() == null ? "outcome undetermined" : "outcome reproduced")
                + "; score between " + fmt(r.lowestScore()) + " and " + fmt(r.highestScore()) + ": " + String.join("; ", r.undetermined()));
    }

    private static String fmt(BigDecimal v) {
        return v == null ? "?" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
