package gov.cms.ssp.shared.rest;

import gov.cms.ssp.shared.PayloadTooLargeException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No JSON body of the API is larger than {@link #MAX_BYTES}: the largest real one (an application section
 * with every text field full) is under 10 KiB. A bigger one is a 413 before it is parsed: at once when the
 * request declares its length, and as soon as the limit is passed when it does not (chunked bodies).
 * Uploads (CSV, PDF) are not JSON and have their own limits.
 */
@Provider
public class JsonBodyLimit implements ContainerRequestFilter, ReaderInterceptor {
    public static final int MAX_BYTES = 256 * 1024;
    private static final String MESSAGE = "The request body is larger than the API accepts (" + MAX_BYTES / 1024 + " KiB of JSON).";

    @Override
    public void filter(ContainerRequestContext request) {
        if (isJson(request.getMediaType()) && request.getLength() > MAX_BYTES) {
            throw new PayloadTooLargeException(MESSAGE);
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            context.setInputStream(new Limited(context.getInputStream()));
        }
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType();
    }

    /** Counts what is read and stops at the limit. */
    private static final class Limited extends FilterInputStream {
        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new PayloadTooLargeException(MESSAGE);
            }
        }
    }
}
