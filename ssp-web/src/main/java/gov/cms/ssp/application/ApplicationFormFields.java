package gov.cms.ssp.application;

import gov.cms.ssp.agreement.Track;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The application form's fields as the user types them, one step at a time: plain properties so that
 * Faces can bind them, package-visible to the form's page, which reads and prefills them.
 */
public class ApplicationFormFields implements Serializable {
    private static final long serialVersionUID = 1L;
    String legalName;
    String tin;
    String doingBusinessAs;
    String address;
    Track track;
    MsrMlrChoice msrMlr;
    AssignmentMethod assignmentMethod;
    boolean snfWaiver;
    boolean experiencedWithRisk;
    /** Elected levels for PY2..PY5 (index 1..4); null keeps the automatic advancement. */
    final Track[] elected = new Track[5];
    String governingBody;
    String complianceOfficial;
    String medicalDirector;
    RepaymentType repaymentType;
    String repaymentIssuer;
    BigDecimal repaymentAmount;
    BigDecimal totalExpenditures;
    BigDecimal participantRevenue;
    EftStatus eftStatus;
    boolean attestAccurate;
    boolean attestCompliance;

    static ApplicationFormFields of(ApplicationView v) {
        ApplicationFormFields f = new ApplicationFormFields();
        f.legalName = v.legalName();
        f.tin = v.tin();
        f.doingBusinessAs = v.doingBusinessAs();
        f.address = v.address();
        f.track = v.track();
        f.msrMlr = v.msrMlr();
        f.assignmentMethod = v.assignmentMethod();
        f.snfWaiver = v.snfWaiver();
        f.experiencedWithRisk = v.experiencedWithRisk();
        for (int i = 0; i < f.elected.length && v.electedLevels() != null && i < v.electedLevels().size(); i++) {
            f.elected[i] = v.electedLevels().get(i);
        }
        f.governingBody = v.governingBody();
        f.complianceOfficial = v.complianceOfficial();
        f.medicalDirector = v.medicalDirector();
        f.repaymentType = v.repaymentType();
        f.repaymentIssuer = v.repaymentIssuer();
        f.repaymentAmount = v.repaymentAmount();
        f.totalExpenditures = v.totalExpenditures();
        f.participantRevenue = v.participantRevenue();
        f.eftStatus = v.eftStatus();
        f.attestAccurate = v.attestAccurate();
        f.attestCompliance = v.attestCompliance();
        return f;
    }

    ApplicationForm toForm() {
        return new ApplicationForm(legalName, tin, doingBusinessAs, address, track, msrMlr, assignmentMethod, snfWaiver,
                governingBody, complianceOfficial, medicalDirector, repaymentType, repaymentIssuer, repaymentAmount,
                totalExpenditures, participantRevenue, eftStatus, attestAccurate, attestCompliance,
                java.util.Arrays.asList(elected.clone()), experiencedWithRisk);
    }

    Map<Integer, Track> elections() {
        Map<Integer, Track> elections = new java.util.TreeMap<>();
        for (int i = 1; i < elected.length; i++) {
            if (elected[i] != null) {
                elections.put(i, elected[i]);
            }
        }
        return elections;
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String v) { legalName = v; }
    public String getTin() { return tin; }
    public void setTin(String v) { tin = v; }
    public String getDoingBusinessAs() { return doingBusinessAs; }
    public void setDoingBusinessAs(String v) { doingBusinessAs = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public Track getTrack() { return track; }
    public void setTrack(Track v) { track = v; }
    public MsrMlrChoice getMsrMlr() { return msrMlr; }
    public void setMsrMlr(MsrMlrChoice v) { msrMlr = v; }
    public AssignmentMethod getAssignmentMethod() { return assignmentMethod; }
    public void setAssignmentMethod(AssignmentMethod v) { assignmentMethod = v; }
    public boolean isSnfWaiver() { return snfWaiver; }
    public boolean isExperiencedWithRisk() { return experiencedWithRisk; }
    public void setExperiencedWithRisk(boolean v) { experiencedWithRisk = v; }
    public Track getElectedPy2() { return elected[1]; }
    public void setElectedPy2(Track v) { elected[1] = v; }
    public Track getElectedPy3() { return elected[2]; }
    public void setElectedPy3(Track v) { elected[2] = v; }
    public Track getElectedPy4() { return elected[3]; }
    public void setElectedPy4(Track v) { elected[3] = v; }
    public Track getElectedPy5() { return elected[4]; }
    public void setElectedPy5(Track v) { elected[4] = v; }
    public void setSnfWaiver(boolean v) { snfWaiver = v; }
    public String getGoverningBody() { return governingBody; }
    public void setGoverningBody(String v) { governingBody = v; }
    public String getComplianceOfficial() { return complianceOfficial; }
    public void setComplianceOfficial(String v) { complianceOfficial = v; }
    public String getMedicalDirector() { return medicalDirector; }
    public void setMedicalDirector(String v) { medicalDirector = v; }
    public RepaymentType getRepaymentType() { return repaymentType; }
    public void setRepaymentType(RepaymentType v) { repaymentType = v; }
    public String getRepaymentIssuer() { return repaymentIssuer; }
    public void setRepaymentIssuer(String v) { repaymentIssuer = v; }
    public BigDecimal getRepaymentAmount() { return repaymentAmount; }
    public void setRepaymentAmount(BigDecimal v) { repaymentAmount = v; }
    public BigDecimal getTotalExpenditures() { return totalExpenditures; }
    public void setTotalExpenditures(BigDecimal v) { totalExpenditures = v; }
    public BigDecimal getParticipantRevenue() { return participantRevenue; }
    public void setParticipantRevenue(BigDecimal v) { participantRevenue = v; }
    public EftStatus getEftStatus() { return eftStatus; }
    public void setEftStatus(EftStatus v) { eftStatus = v; }
    public boolean isAttestAccurate() { return attestAccurate; }
    public void setAttestAccurate(boolean v) { attestAccurate = v; }
    public boolean isAttestCompliance() { return attestCompliance; }
    public void setAttestCompliance(boolean v) { attestCompliance = v; }
}
