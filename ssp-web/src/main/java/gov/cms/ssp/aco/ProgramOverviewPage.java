package gov.cms.ssp.aco;

import gov.cms.ssp.agreement.Track;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** CMS home: the program at a glance (ACOs per track) and every ACO in a lazy table. */
@Named
@ViewScoped
public class ProgramOverviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private AcoService acos;

    private LazyTable<AcoSummary> table;
    private Map<Track, Long> countsByTrack;

    @PostConstruct
    void init() {
        table = new LazyTable<>(acos::search, AcoSummary::acoId);
        countsByTrack = acos.countByTrack();
    }

    public LazyTable<AcoSummary> getTable() {
        return table;
    }

    public List<Map.Entry<Track, Long>> getCountsByTrack() {
        return List.copyOf(countsByTrack.entrySet());
    }

    public long getTotal() {
        return countsByTrack.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<Track> getTracks() {
        return Arrays.asList(Track.values());
    }
}
