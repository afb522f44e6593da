package gov.cms.ssp.shared.web;

import gov.cms.ssp.shared.Page;
import gov.cms.ssp.shared.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The one lazy-table base: PrimeFaces asks for a window with sort and filters, the service answers
 * with one page and the total, paging, sorting and filtering all done in the database.
 */
public class LazyTable<T> extends LazyDataModel<T> {
    private final Function<PageRequest, Page<T>> fetch;
    private final Function<T, String> key;
    /** The filters and total of the last page loaded: paging and sorting keep the total, so PrimeFaces' count() need not ask again. */
    private Map<String, String> loadedFilters;
    private String loadedSortField;
    private boolean loadedAscending = true;
    /** An export takes at most this many rows (a table of every ACO-year is a few thousand). */
    public static final int MOST_EXPORTED = 20_000;
    private static final int EXPORT_PAGE = 500;
    private long loadedTotal;
    /**
     * When count() must ask, it asks for the first page as most tables show it (25 rows, unsorted),
     * which is what load() then wants on a first display or a new filter: one round trip, not two.
     */
    private static final int USUAL_PAGE_SIZE = 25;
    private transient PageRequest countedRequest;
    private transient Page<T> countedPage;

    public LazyTable(Function<PageRequest, Page<T>> fetch, Function<T, String> key) {
        this.fetch = fetch;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = filters(filterBy);
        if (filters.equals(loadedFilters)) {
            return (int) loadedTotal; // load() counts again and corrects the row count if the data changed meanwhile
        }
        countedRequest = new PageRequest(0, USUAL_PAGE_SIZE, null, true, filters);
        countedPage = fetch.apply(countedRequest);
        return (int) countedPage.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        Map<String, String> filters = filters(filterBy);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters);
        Page<T> page = request.equals(countedRequest) && countedPage != null ? countedPage : fetch.apply(request);
        countedRequest = null;
        countedPage = null;
        loadedFilters = filters;
        loadedSortField = request.sortField();
        loadedAscending = request.ascending();
        loadedTotal = page.total();
        setRowCount((int) page.total());
        return page.rows();
    }

    /**
     * Every row the table shows with its current filters and sort, not only the page on screen:
     * what an export writes. Read a page at a time, at most {@link #MOST_EXPORTED} rows.
     */
    public List<T> exportRows() {
        Map<String, String> filters = loadedFilters == null ? Map.of() : loadedFilters;
        List<T> rows = new java.util.ArrayList<>();
        long total;
        int first = 0;
        do {
            Page<T> page = fetch.apply(new PageRequest(first, EXPORT_PAGE, loadedSortField, loadedAscending, filters));
            rows.addAll(page.rows());
            total = page.total();
            first += EXPORT_PAGE;
            if (page.rows().isEmpty()) {
                break;
            }
        } while (first < total && first < MOST_EXPORTED);
        return rows.size() > MOST_EXPORTED ? rows.subList(0, MOST_EXPORTED) : rows;
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                if (meta.getFilterValue() != null && !String.valueOf(meta.getFilterValue()).isBlank()) {
                    filters.put(field, String.valueOf(meta.getFilterValue()));
                }
            });
        }
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> key.apply(r).equals(rowKey)).findFirst().orElse(null);
    }
}
