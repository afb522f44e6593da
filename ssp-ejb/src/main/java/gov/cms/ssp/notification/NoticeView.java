package gov.cms.ssp.notification;

import java.time.Instant;

/** One inbox entry as its reader sees it. */
public record NoticeView(long id, Instant createdAt, String event, String subject, String body, String link, boolean read) {
}
