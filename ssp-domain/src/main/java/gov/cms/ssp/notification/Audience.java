package gov.cms.ssp.notification;

import gov.cms.ssp.shared.AcoId;
import java.util.Objects;

/**
 * Who a notice is for: the people of one ACO (everyone whose log-in carries that ACO; e-mail to its
 * executive and primary application contact), or the CMS staff of one role (their inbox).
 */
public record Audience(Kind kind, String key) {
    public enum Kind { ACO, ROLE }

    public Audience {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(key);
    }

    public static Audience aco(AcoId acoId) {
        return new Audience(Kind.ACO, acoId.value());
    }

    public static Audience role(String role) {
        return new Audience(Kind.ROLE, role);
    }

    /** How the audience is stored and matched: "ACO:A1001", "ROLE:cms-reviewer". */
    public String code() {
        return kind + ":" + key;
    }

    public static Audience ofCode(String code) {
        int colon = code.indexOf(':');
        return new Audience(Kind.valueOf(code.substring(0, colon)), code.substring(colon + 1));
    }
}
