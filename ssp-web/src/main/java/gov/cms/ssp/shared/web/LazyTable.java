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
        loadedTotal = page.total();
        setRowCount((int) page.total());
        return page.rows();
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
