package gov.cms.ssp.assignment;

/** The COVID-19 public health emergency, the period of spec D.1's telephone codes and F.4's episodes. */
final class PublicHealthEmergency {

    static final int START = Days.of(2020, 1, 27);
    static final int END = Days.of(2023, 5, 11);
    /** Telephone E/M is counted until it is no longer payable (spec D.1 PD). */
    static final int TELEPHONE_LAST_SERVICE = Days.of(2024, 12, 31);

    private PublicHealthEmergency() {
    }

    static boolean overlaps(Window window) {
        return window.start() <= END && window.end() >= START;
    }

    static boolean contains(int day) {
        return day >= START && day <= END;
    }
}
