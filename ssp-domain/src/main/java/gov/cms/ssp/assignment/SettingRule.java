package gov.cms.ssp.assignment;

/** The condition a primary care code carries in {@code pc_codes.csv} (spec D.1, J). */
enum SettingRule {
    /** Counts wherever furnished. */
    ANY,
    /** Nursing facility codes: not when furnished in a SNF. */
    NOT_SNF,
    /** Advance care planning: not in an inpatient setting. */
    NOT_INPATIENT,
    /** Home E/M in PY2022: only on a carrier line with place of service 12 (facility lines have no POS). */
    POS_12,
    /** Prolonged-service add-ons: only when another line of the same claim carries a (base) primary care code. */
    ADD_ON,
    /** G0463: only on an electing teaching amendment (ETA) hospital's outpatient claim. */
    ETA_ONLY,
    /** Telephone E/M of the COVID-19 public health emergency. */
    PHE
}
