package gov.cms.ssp.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.certification.ComplianceRecord.RepaymentType;
import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import org.junit.jupiter.api.Test;

class ComplianceRecordTest {

    @Test
    void aRepaymentMechanismOnFileNamesItsIssuer() {
        ComplianceRecord r = new ComplianceRecord(AcoId.of("A1026"));
        BusinessException e = assertThrows(BusinessException.class, () -> r.arrangeFinancials(true, RepaymentType.SURETY_BOND, "  "));
        assertEquals("Name the bank or surety that issued the surety bond.", e.getMessage());
        assertFalse(r.isEftAuthorized(), "nothing recorded when refused");

        r.arrangeFinancials(true, RepaymentType.LETTER_OF_CREDIT, "  First Jersey Bank ");
        assertTrue(r.isEftAuthorized());
        assertEquals(RepaymentType.LETTER_OF_CREDIT, r.getRepaymentType());
        assertEquals("First Jersey Bank", r.getRepaymentIssuer());
    }

    @Test
    void withNoMechanismThereIsNoIssuer() {
        ComplianceRecord r = new ComplianceRecord(AcoId.of("A1026"));
        r.arrangeFinancials(false, null, "Left over Bank");
        assertFalse(r.isEftAuthorized());
        assertNull(r.getRepaymentType());
        assertNull(r.getRepaymentIssuer());
    }
}
