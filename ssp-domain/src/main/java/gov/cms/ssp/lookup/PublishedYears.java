package gov.cms.ssp.lookup;

import java.time.LocalDate;
import java.util.Map;

/**
 * How far ahead the lookup answers: the current calendar year, or a later PY once CMS has opened
 * its certification window (from then on the PY's lists in force are what the ACO certifies, and
 * the lookup must say the same as the certification).
 */
public final class PublishedYears {
    private PublishedYears() {
    }

    /** @param windowsOpenOn each PY with a certification window, and the day it opens (or opened) */
    public static int last(LocalDate today, Map<Integer, LocalDate> windowsOpenOn) {
        int last = today.getYear();
        for (Map.Entry<Integer, LocalDate> w : windowsOpenOn.entrySet()) {
            if (!w.getValue().isAfter(today)) {
                last = Math.max(last, w.getKey());
            }
        }
        return last;
    }
}
