package gov.cms.ssp.application;

import gov.cms.ssp.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The receipt of a submission: reference number, date, time with its zone, who submitted, the PDF
 * copy of what was submitted, and the application's other receipts. Another ACO's is the 404 page.
 */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationReceiptService receipts;

    private Long id;
    private int number;
    private ReceiptView receipt;
    private List<ReceiptView> all = List.of();

    public void load() throws IOException {
        if (id == null || receipt != null) {
            return;
        }
        try {
            receipt = receipts.receipt(id, number);
            all = receipts.receipts(id);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, e.getMessage());
            faces.responseComplete();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public int getNumber() { return number; }
    public void setNumber(int number) { this.number = number; }
    public ReceiptView getReceipt() { return receipt; }
    public List<ReceiptView> getAll() { return all; }
}
