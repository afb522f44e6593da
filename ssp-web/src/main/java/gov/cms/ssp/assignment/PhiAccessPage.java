package gov.cms.ssp.assignment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The PHI access log for CMS administrators: who viewed or downloaded beneficiary-level data, newest first. */
@Named
@ViewScoped
public class PhiAccessPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private PhiAccessService log;

    private String acoId;
    private List<PhiAccessView> entries;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        entries = log.recent(acoId);
    }

    public String getAcoId() {
        return acoId;
    }

    public void setAcoId(String acoId) {
        this.acoId = acoId;
    }

    public List<PhiAccessView> getEntries() {
        return entries;
    }
}
