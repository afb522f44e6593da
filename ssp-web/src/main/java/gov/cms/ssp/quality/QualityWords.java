package gov.cms.ssp.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** The scoring's figures as the quality pages show them: "7.52 points", "73.10 out of 100" (empty for none). */
@Named("qualityWords")
@ApplicationScoped
public class QualityWords {

    public String points(BigDecimal points) {
        return points == null ? "" : QualityWording.points(points);
    }

    public String score(BigDecimal score) {
        return score == null ? "" : QualityWording.score(score);
    }
}
