package gov.cms.ssp.lookup;

import gov.cms.ssp.shared.InvalidIdentifierException;
import gov.cms.ssp.shared.Npi;
import gov.cms.ssp.shared.PayloadTooLargeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The NPIs a person pasted or an API client sent: one per line, or separated by commas, semicolons
 * or spaces; at most {@value #MAX} distinct ones. Each entry is valid or carries its own reason, so
 * one typo never fails the others.
 */
public final class NpiBatch {
    public static final int MAX = 100;

    public record Entry(String raw, Npi npi, String problem) {
        public boolean valid() {
            return npi != null;
        }
    }

    /** More NPIs than one lookup takes (the API answers 413). */
    public static final class TooManyNpisException extends PayloadTooLargeException {
        public TooManyNpisException(int count) {
            super("A lookup takes at most " + MAX + " NPIs; this one has " + count + ". Split it into smaller batches.");
        }
    }

    private final List<Entry> entries;

    private NpiBatch(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static NpiBatch parse(String text) {
        List<String> tokens = new ArrayList<>();
        if (text != null) {
            for (String t : text.split("[\\s,;]+")) {
                if (!t.isBlank()) {
                    tokens.add(t.strip());
                }
            }
        }
        return of(tokens);
    }

    public static NpiBatch of(List<String> raw) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String r : raw) {
            if (r != null && !r.isBlank()) {
                distinct.add(r.strip());
            }
        }
        if (distinct.size() > MAX) {
            throw new TooManyNpisException(distinct.size());
        }
        List<Entry> entries = new ArrayList<>();
        for (String r : distinct) {
            try {
                entries.add(new Entry(r, Npi.of(r), null));
            } catch (InvalidIdentifierException e) {
                entries.add(new Entry(r, null, e.getMessage()));
            }
        }
        return new NpiBatch(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<Npi> validNpis() {
        return entries.stream().filter(Entry::valid).map(Entry::npi).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
