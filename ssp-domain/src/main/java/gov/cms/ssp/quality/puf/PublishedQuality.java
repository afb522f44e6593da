package gov.cms.ssp.quality.puf;

import gov.cms.ssp.quality.CollectionType;
import gov.cms.ssp.quality.MeasureDefinition;
import gov.cms.ssp.quality.MeasureKey;
import gov.cms.ssp.quality.QualityReferenceData;
import gov.cms.ssp.quality.QualitySubmission;
import gov.cms.ssp.quality.ReportedMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ACO's quality columns of a CMS per-ACO results file (PY2021+ layouts): the measure rates it
 * publishes as inputs, and CMS's outcome columns to compare with. Columns are read by name.
 *
 * @param row                 data row (1 = first under the header)
 * @param acoId               ACO_ID
 * @param submission          the measures' published rates as the scoring's input, with the first-year
 *                            and EUC facts (Agreement_Period_Num and Current_Start_Date, DisAffQual)
 * @param qualScore           CMS's QualScore, points out of 100, null when blank
 * @param metQps              Met_QPS, null when not published
 * @param metAltQps           Met_AltQPS, null when not published or "-"
 * @param met30Pctl           Met_30pctl (the percentile standard column), null when not published
 * @param metIncentive        Met_Incentive, null when not published
 * @param metFirstYear        Met_FirstYear, null when not published
 * @param reportWebInterface  Report_WI
 * @param reportCqm           Report_eCQM_CQM
 */
public record PublishedQuality(long row, String acoId, QualitySubmission submission, BigDecimal qualScore,
                               Boolean metQps, Boolean metAltQps, Boolean met30Pctl, Boolean metIncentive,
                               Boolean metFirstYear, Boolean reportWebInterface, Boolean reportCqm) {

    private static final Pattern MEASURE_COLUMN = Pattern.compile("(?i)QualityID_(\\d{3})(?:_(WI|eCQM|MIPSCQM))?");
    private static final Pattern CAHPS_COLUMN = Pattern.compile("(?i)CAHPS_(\\d{1,2})");
    private static final Pattern CLAIMS_COLUMN = Pattern.compile("(?i)Measure_(\\d{3})");

    /** Reads one row (column name to cell) against the PY's measure set; cells outside the set are ignored. */
    public static PublishedQuality of(long row, Map<String, String> cells, QualityReferenceData reference) {
        int py = reference.performanceYear();
        List<ReportedMeasure> measures = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            MeasureKey key = key(cell.getKey());
            BigDecimal rate = rate(cell.getValue());
            if (key != null && rate != null && reference.inMeasureSet(key)) {
                measures.add(ReportedMeasure.rate(key, rate));
            }
        }
        boolean firstYear = "1".equals(strip(cells.get("Agreement_Period_Num")))
                && startsIn(cells.get("Current_Start_Date"), py);
        boolean euc = "1".equals(strip(cells.get("DisAffQual")));
        if (measures.stream().noneMatch(m -> m.key().collectionType() == CollectionType.CAHPS)) {
            // no survey measure published: the survey was not scored for the ACO (too few responses), not 0 points
            measures.add(new ReportedMeasure(MeasureKey.of(MeasureDefinition.CAHPS_GROUP, CollectionType.CAHPS),
                    0L, 0L, null, null, null, null));
        }
        // the files publish neither CMS's health equity inputs nor the improvement score; a first-year ACO has no
        // prior score to improve on
        QualitySubmission submission = new QualitySubmission(py, firstYear, euc, measures, null,
                firstYear ? BigDecimal.ZERO : null);
        return new PublishedQuality(row, strip(cells.get("ACO_ID")), submission, rate(cells.get("QualScore")),
                flag(cells.get("Met_QPS")), flag(cells.get("Met_AltQPS")),
                flag(cells.containsKey("Met_30pctl") ? cells.get("Met_30pctl") : cells.get("Met_40pctl")),
                flag(cells.get("Met_Incentive")), flag(cells.get("Met_FirstYear")),
                flag(cells.get("Report_WI")), flag(cells.get("Report_eCQM_CQM")));
    }

    /** The measure a PUF column holds; the unsuffixed QualityID columns are Web Interface measures. */
    static MeasureKey key(String column) {
        String c = column.strip();
        Matcher m = MEASURE_COLUMN.matcher(c);
        if (m.matches()) {
            String suffix = m.group(2) == null ? "WI" : m.group(2).toUpperCase(Locale.ROOT);
            CollectionType type = switch (suffix) {
                case "ECQM" -> CollectionType.ECQM;
                case "MIPSCQM" -> CollectionType.MIPS_CQM;
                default -> CollectionType.WEB_INTERFACE;
            };
            return MeasureKey.of(m.group(1), type);
        }
        m = CAHPS_COLUMN.matcher(c);
        if (m.matches()) {
            return MeasureKey.of("CAHPS_" + Integer.parseInt(m.group(1)), CollectionType.CAHPS);
        }
        m = CLAIMS_COLUMN.matcher(c);
        if (m.matches()) {
            return MeasureKey.of(m.group(1), CollectionType.ADMINISTRATIVE_CLAIMS);
        }
        return null;
    }

    /** "89.41%", "89.41", "0.1726" to a number; "-", "*", blank and text to null. */
    static BigDecimal rate(String cell) {
        String t = strip(cell);
        if (t == null || t.isEmpty()) {
            return null;
        }
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            return new BigDecimal(t.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Boolean flag(String cell) {
        String t = strip(cell);
        return "1".equals(t) ? Boolean.TRUE : "0".equals(t) ? Boolean.FALSE : null;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean startsIn(String date, int py) {
        String t = strip(date);
        if (t == null || t.isEmpty()) {
            return false;
        }
        t = t.split(" ")[0];
        for (String f : List.of("MM/dd/yyyy", "M/d/yyyy", "M/d/yy")) {
            try {
                return LocalDate.parse(t, DateTimeFormatter.ofPattern(f)).getYear() == py;
            } catch (RuntimeException e) {
                // try the next notation
            }
        }
        return false;
    }
}
