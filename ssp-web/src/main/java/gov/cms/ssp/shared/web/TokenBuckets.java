package gov.cms.ssp.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds at most {@code burst} requests and refills at {@code perMinute}
 * a minute. In memory and per server, which is what a first line against one client hammering the public
 * API needs; it forgets clients whose bucket is full again, so the map stays small.
 */
public final class TokenBuckets {
    /** Above this many clients tracked, full buckets (idle clients) are forgotten. */
    static final int MAX_CLIENTS = 10_000;

    private final double burst;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute <= 0 || burst <= 0) {
            throw new IllegalArgumentException("a budget needs a positive rate and burst: " + perMinute + "/min, " + burst);
        }
        this.burst = burst;
        this.perNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
    }

    /** Takes one request from the client's budget: 0 when allowed, else the whole seconds until one is. */
    public long take(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(now)).take(now);
    }

    int clients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = burst;
        private long at;

        Bucket(long now) {
            at = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e9);
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - at) * perNano);
            at = now;
        }
    }
}
