package gov.cms.ssp.aco;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The public home: the program in a few words and the directory of participating ACOs. */
@Named
@RequestScoped
public class AcoDirectoryPage {
    @EJB
    private AcoService acos;
    private List<AcoSummary> entries;

    public List<AcoSummary> getEntries() {
        if (entries == null) {
            entries = acos.directory();
        }
        return entries;
    }
}
