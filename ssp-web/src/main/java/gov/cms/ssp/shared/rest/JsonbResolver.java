package gov.cms.ssp.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new one for every response,
 * which costs milliseconds of CPU per request (measured by ./ssp bench lookup; docs/performance.md).
 * Jsonb instances are thread-safe. Decimal numbers are read through {@link BoundedNumbers}.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(BoundedNumbers.all()));

    /** The same instance for JSON written outside JAX-RS (the one-NPI lookup, {@code OneNpiLookupFilter}). */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
