package gov.cms.ssp.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong clock = new AtomicLong(42 * SECOND);

    @Test
    void aClientMaySpendItsBurstAtOnceAndThenWaitsForTheRefill() {
        TokenBuckets buckets = new TokenBuckets(60, 5, clock::get); // one a second, five at once
        for (int i = 0; i < 5; i++) {
            assertEquals(0, buckets.take("10.0.0.1"), "request " + (i + 1) + " of the burst");
        }
        assertEquals(1, buckets.take("10.0.0.1"), "the sixth waits a second");
        clock.addAndGet(SECOND / 2);
        assertEquals(1, buckets.take("10.0.0.1"), "half a token is not a request; the wait rounds up");
        clock.addAndGet(SECOND / 2);
        assertEquals(0, buckets.take("10.0.0.1"), "a second later one more is allowed");
        assertEquals(1, buckets.take("10.0.0.1"));
    }

    @Test
    void clientsHaveTheirOwnBudgets() {
        TokenBuckets buckets = new TokenBuckets(60, 2, clock::get);
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertTrue(buckets.take("a") > 0);
        assertEquals(0, buckets.take("b"), "another client is not slowed by the first");
    }

    @Test
    void theBucketNeverHoldsMoreThanTheBurstHowLongTheClientWasAway() {
        TokenBuckets buckets = new TokenBuckets(600, 3, clock::get);
        buckets.take("a");
        clock.addAndGet(3600 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, buckets.take("a"));
        }
        assertTrue(buckets.take("a") > 0, "an hour away does not save up more than the burst");
    }

    @Test
    void theRetryAfterIsTheWholeSecondsUntilTheNextToken() {
        TokenBuckets buckets = new TokenBuckets(6, 1, clock::get); // one every ten seconds
        assertEquals(0, buckets.take("a"));
        assertEquals(10, buckets.take("a"));
        clock.addAndGet(4 * SECOND);
        assertEquals(6, buckets.take("a"));
    }

    @Test
    void idleClientsAreForgottenWhenManyAreTracked() {
        TokenBuckets buckets = new TokenBuckets(60, 1, clock::get);
        for (int i = 0; i <= TokenBuckets.MAX_CLIENTS; i++) {
            buckets.take("client-" + i);
        }
        clock.addAndGet(2 * SECOND); // every bucket is full again
        buckets.take("newcomer");
        assertEquals(1, buckets.clients(), "only the newcomer is still tracked");
    }

    @Test
    void aBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(0, 5, clock::get));
        assertThrows(IllegalArgumentException.class, () -> new TokenBuckets(60, 0, clock::get));
    }
}
