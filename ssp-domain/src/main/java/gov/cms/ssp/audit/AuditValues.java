package gov.cms.ssp.audit;

import gov.cms.ssp.shared.DisplayFormat;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;

/** Writes a field's value as a person reads it, and reads a field of a record by its property name. */
public final class AuditValues {
    public static final String NONE = "(none)";
    private static final int LONGEST = 200;

    private AuditValues() {
    }

    public static String format(Object value) {
        if (value == null) {
            return NONE;
        }
        String text;
        if (value instanceof LocalDate d) {
            text = DisplayFormat.date(d);
        } else if (value instanceof LocalDateTime t) {
            text = DisplayFormat.dateTime(t);
        } else if (value instanceof Instant i) {
            text = DisplayFormat.dateTime(i);
        } else if (value instanceof Boolean b) {
            text = b ? "Yes" : "No";
        } else if (value instanceof BigDecimal n) {
            text = n.stripTrailingZeros().toPlainString();
        } else if (value instanceof byte[] bytes) {
            text = "(file of " + bytes.length + " bytes)";
        } else if (value instanceof Enum<?> e) {
            text = labelOf(e);
        } else if (value instanceof Collection<?> c) {
            text = c.size() + " items";
        } else {
            text = String.valueOf(value);
        }
        if (text.isBlank()) {
            return NONE;
        }
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text;
    }

    /** The value of a record's property (its field, found up the class hierarchy), or null. */
    public static Object read(Object record, String property) {
        for (Class<?> c = record.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(property);
                f.setAccessible(true);
                return f.get(record);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException | RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether the property holds another record (a relation), which the audit names by key instead. */
    public static boolean isRelation(Object record, String property) {
        Object v = read(record, property);
        return v != null && v.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)
                || v != null && v.getClass().getSuperclass() != null
                && v.getClass().getSuperclass().isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    private static String labelOf(Enum<?> e) {
        try {
            Method label = e.getClass().getMethod("label");
            return String.valueOf(label.invoke(e));
        } catch (ReflectiveOperationException | RuntimeException ex) {
            String words = e.name().replace('_', ' ').toLowerCase();
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
