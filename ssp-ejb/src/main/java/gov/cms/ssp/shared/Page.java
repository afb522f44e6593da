package gov.cms.ssp.shared;

import java.util.List;

/** One page of a larger result, with the total so a table can show its pager. */
public record Page<T>(List<T> rows, long total) {
}
