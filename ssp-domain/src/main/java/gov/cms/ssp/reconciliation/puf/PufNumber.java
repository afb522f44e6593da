package gov.cms.ssp.reconciliation.puf;

import java.math.BigDecimal;

/**
 * One numeric PUF cell. Rates are held as fractions whatever the file's notation; {@code halfUnit}
 * is half a unit of the column's published precision in the same unit (0.00005 for {@code 89.91%}
 * or {@code 0.9084}), i.e. how far the true figure may be from the published one; for money and
 * counts it is 0.5.
 *
 * @param presence what the cell holds
 * @param value    the number, null unless {@link Presence#VALUE}
 * @param halfUnit half a unit of the published precision
 * @param raw      the cell as written
 */
public record PufNumber(Presence presence, BigDecimal value, BigDecimal halfUnit, String raw) {

    /** {@code *} suppressed small cell, {@code -} not applicable, empty: no value. */
    public enum Presence { VALUE, SUPPRESSED, NOT_APPLICABLE, EMPTY }

    public static PufNumber of(BigDecimal value, BigDecimal halfUnit, String raw) {
        return new PufNumber(Presence.VALUE, value, halfUnit, raw);
    }

    public static PufNumber absent(Presence presence, String raw) {
        return new PufNumber(presence, null, null, raw);
    }

    public boolean isPresent() {
        return presence == Presence.VALUE;
    }

    /** The value, or zero when the cell is empty or not applicable (e.g. a blank DisAdj). */
    public BigDecimal valueOrZero() {
        return isPresent() ? value : BigDecimal.ZERO;
    }

    /** Why there is no value, for messages. */
    public String absence() {
        return switch (presence) {
            case VALUE -> "present";
            case SUPPRESSED -> "suppressed (*)";
            case NOT_APPLICABLE -> "not applicable (-)";
            case EMPTY -> "empty";
        };
    }
}
