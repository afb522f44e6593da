package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.DisplayFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** {@link DisplayFormat} for pages: {@code #{fmt.date(x)}}, {@code #{fmt.dateTime(x)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {
    public String date(LocalDate date) {
        return DisplayFormat.date(date);
    }

    /** {@code #{fmt.count(n, 'row', 'rows')}}: "1 row", "3 rows". */
    public String count(long n, String one, String many) {
        return DisplayFormat.count(n, one, many);
    }

    public String dateTime(Object when) {
        if (when instanceof Instant i) {
            return DisplayFormat.dateTime(i);
        }
        return when instanceof LocalDateTime t ? DisplayFormat.dateTime(t) : "";
    }

    public String dollars(java.math.BigDecimal amount) {
        return DisplayFormat.dollars(amount);
    }

    public String percent(java.math.BigDecimal rate) {
        return DisplayFormat.percent(rate);
    }
}
