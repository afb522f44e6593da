package gov.cms.ssp.certification;

import gov.cms.ssp.aco.AcoProfile;
import gov.cms.ssp.aco.AcoService;
import gov.cms.ssp.aco.ContactRole;
import gov.cms.ssp.aco.ContactView;
import gov.cms.ssp.certification.Certification.Signature;
import gov.cms.ssp.participant.ListKind;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.web.Feedback;
import gov.cms.ssp.shared.web.LazyTable;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One ACO's certification package for a PY: the parts and their checks, contacts, repayment
 * recomputation, the free-text parts of the public page, and signing (the ACO executive, every part
 * attested). CMS opens the same page read-only from its dashboard (cms/certification.xhtml) to see
 * exactly what was signed, by whom and when.
 */
@Named
@ViewScoped
public class CertificationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private CertificationService certifications;
    @EJB
    private AcoService acos;

    private String acoId;
    private int py;
    private List<CycleView> cycles = List.of();
    private CertificationPackage pkg;
    private LazyTable<CertifiedEntryView> signedParticipants;
    private LazyTable<CertifiedEntryView> signedProviders;

    private String signerName;
    private String signerTitle;
    private List<String> attested = new ArrayList<>();

    private String publicUrl;
    private String governingBody;
    private String leadership;
    private String savingsUse;
    private long publicVersion = -1;

    private boolean eftAuthorized;
    private ComplianceRecord.RepaymentType repaymentType;
    private String repaymentIssuer;
    private long financialVersion = -1;

    private String refusal;
    private List<CompliancePlanView> plans = List.of();
    private transient jakarta.servlet.http.Part planFile;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        acoId = params.get("acoId");
        if (acoId == null || !AcoId.isValid(acoId)) {
            acoId = null;
            if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("aco-executive")
                    || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("aco-staff")) {
                List<AcoProfile> mine = acos.myAcos();
                acoId = mine.isEmpty() ? null : mine.get(0).summary().acoId();
            }
        }
        cycles = certifications.cycles();
        try {
            py = params.get("py") == null ? certifications.currentPy() : Integer.parseInt(params.get("py"));
        } catch (NumberFormatException e) {
            py = certifications.currentPy();
        }
        if (acoId != null && cycles.stream().anyMatch(c -> c.py() == py)) {
            try {
                load();
            } catch (gov.cms.ssp.shared.AccessDeniedException e) {
                // another ACO's package asked for by URL: say no, show nothing of it
                acoId = null;
                pkg = null;
                refusal = e.getMessage();
            }
        }
    }

    private void load() {
        AcoId id = AcoId.of(acoId);
        pkg = certifications.packageFor(id, py);
        signedParticipants = new LazyTable<>(r -> certifications.certifiedEntries(id, py, ListKind.PARTICIPANT, r),
                e -> e.tin() + "-" + e.npi());
        signedProviders = new LazyTable<>(r -> certifications.certifiedEntries(id, py, ListKind.PROVIDER_SUPPLIER, r),
                e -> e.npi() + "-" + e.tin());
        if (signerName == null) {
            pkg.contacts().stream().filter(c -> c.role() == ContactRole.EXECUTIVE).findFirst().ifPresent(c -> {
                signerName = c.name();
                signerTitle = c.title();
            });
        }
        plans = certifications.compliancePlans(id);
        PublicText text = certifications.publicText(id);
        publicUrl = text.publicUrl();
        governingBody = text.governingBody();
        leadership = text.leadership();
        savingsUse = text.savingsUse();
        publicVersion = text.version();
        FinancialArrangements financials = certifications.financialArrangements(id);
        eftAuthorized = financials.eftAuthorized();
        repaymentType = financials.repaymentType();
        repaymentIssuer = financials.repaymentIssuer();
        financialVersion = financials.version();
    }

    public void changeYear() {
        attested = new ArrayList<>();
        if (cycles.stream().anyMatch(c -> c.py() == py)) {
            load();
        }
    }

    public void sign() {
        List<CertificationItem> items = attested.stream().map(CertificationItem::valueOf).toList();
        pkg = certifications.sign(AcoId.of(acoId), py, Signature.of(signerName, signerTitle, items));
        Feedback.info("Signed: the " + py + " certification of " + acoId + " is complete, and the lists you signed are kept as signed.");
        load();
    }

    public void savePublicText() {
        PublicText saved = certifications.describePublicPage(AcoId.of(acoId),
                new PublicText(publicUrl, governingBody, leadership, savingsUse, publicVersion));
        publicVersion = saved.version();
        Feedback.info("Saved the public reporting page of " + acoId + ".");
        load();
    }

    public void saveFinancials() {
        FinancialArrangements saved = certifications.arrangeFinancials(AcoId.of(acoId),
                new FinancialArrangements(eftAuthorized, repaymentType, repaymentIssuer, financialVersion));
        financialVersion = saved.version();
        Feedback.info("Saved the EFT authorization and repayment mechanism of " + acoId + ".");
        load();
    }

    public ComplianceRecord.RepaymentType[] getRepaymentTypes() { return ComplianceRecord.RepaymentType.values(); }
    public boolean isEftAuthorized() { return eftAuthorized; }
    public void setEftAuthorized(boolean eftAuthorized) { this.eftAuthorized = eftAuthorized; }
    public ComplianceRecord.RepaymentType getRepaymentType() { return repaymentType; }
    public void setRepaymentType(ComplianceRecord.RepaymentType repaymentType) { this.repaymentType = repaymentType; }
    public String getRepaymentIssuer() { return repaymentIssuer; }
    public void setRepaymentIssuer(String repaymentIssuer) { this.repaymentIssuer = repaymentIssuer; }

    public void uploadPlan() {
        if (planFile == null) {
            Feedback.errorFor("plan-upload:plan-file", "Choose the compliance plan (PDF) to upload.");
            return;
        }
        byte[] content;
        try (java.io.InputStream in = planFile.getInputStream()) {
            content = in.readNBytes(CompliancePlan.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CompliancePlanView saved = certifications.uploadCompliancePlan(AcoId.of(acoId), planFile.getSubmittedFileName(), content);
        Feedback.info("Saved " + saved.fileName() + " as version " + saved.versionNo() + " of the compliance plan.");
        load();
    }

    public org.primefaces.model.StreamedContent plan(int version) {
        CertificationService.CompliancePlanFile file = certifications.compliancePlan(AcoId.of(acoId), version);
        byte[] bytes = file.content();
        return org.primefaces.model.DefaultStreamedContent.builder().name(file.fileName()).contentType("application/pdf")
                .contentLength((long) bytes.length).stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public List<CompliancePlanView> getPlans() { return plans; }
    public String getRefusal() { return refusal; }
    public jakarta.servlet.http.Part getPlanFile() { return planFile; }
    public void setPlanFile(jakarta.servlet.http.Part planFile) { this.planFile = planFile; }

    public boolean isAttested(CertificationItem item) {
        return pkg != null && pkg.attested().contains(item);
    }

    public String getComplianceOfficial() {
        return getContacts().stream().filter(c -> c.role() == ContactRole.COMPLIANCE_OFFICIAL).findFirst()
                .map(c -> c.name() + (c.title() == null ? "" : ", " + c.title())).orElse(null);
    }

    public List<ContactView> getContacts() {
        return pkg == null ? List.of() : pkg.contacts();
    }

    public String dollars(java.math.BigDecimal amount) {
        return amount == null ? "—" : PackageRules.dollars(amount);
    }

    public String getAcoId() { return acoId; }
    public int getPy() { return py; }
    public void setPy(int py) { this.py = py; }
    public List<CycleView> getCycles() { return cycles; }
    public CertificationPackage getPkg() { return pkg; }
    public LazyTable<CertifiedEntryView> getSignedParticipants() { return signedParticipants; }
    public LazyTable<CertifiedEntryView> getSignedProviders() { return signedProviders; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getSignerTitle() { return signerTitle; }
    public void setSignerTitle(String signerTitle) { this.signerTitle = signerTitle; }
    public List<String> getAttested() { return attested; }
    public void setAttested(List<String> attested) { this.attested = attested == null ? new ArrayList<>() : new ArrayList<>(attested); }
    public String getPublicUrl() { return publicUrl; }
    public void setPublicUrl(String publicUrl) { this.publicUrl = publicUrl; }
    public String getGoverningBody() { return governingBody; }
    public void setGoverningBody(String governingBody) { this.governingBody = governingBody; }
    public String getLeadership() { return leadership; }
    public void setLeadership(String leadership) { this.leadership = leadership; }
    public String getSavingsUse() { return savingsUse; }
    public void setSavingsUse(String savingsUse) { this.savingsUse = savingsUse; }
}
