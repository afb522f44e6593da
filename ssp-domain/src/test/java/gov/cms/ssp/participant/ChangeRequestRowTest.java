package gov.cms.ssp.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.cms.ssp.shared.AcoId;
import gov.cms.ssp.shared.BusinessException;
import gov.cms.ssp.snf.SnfAffiliate;
import gov.cms.ssp.snf.SnfRow;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** How accepted change-request rows change the lists: additions, deletions and corrections of all three lists. */
class ChangeRequestRowTest {
    private static final AcoId ACO = AcoId.of("A1001");
    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static ChangeRequest draft() {
        return new ChangeRequest(ACO, 2027, "aco.staff");
    }

    /** Submits the row's request and accepts the row, as a reviewer would. */
    private static ChangeRequestRow accepted(ChangeRequestRow row) {
        row.getRequest().submit("aco.executive", LocalDateTime.of(2026, 7, 1, 9, 0), 1);
        row.decide(Disposition.ACCEPTED, null, "cms.reviewer", LocalDateTime.of(2026, 7, 2, 9, 0));
        return row;
    }

    private static ParticipantTin participant() {
        return withId(new ParticipantTin(ACO, "123456789", "Old Name LLC", false, LocalDate.of(2025, 1, 1)), 7L);
    }

    @Test
    void anAcceptedSnfAdditionPutsTheSnfOnTheListFromJanuaryFirst() {
        ChangeRequestRow row = ChangeRequestRow.addition(draft(), new SnfRow(2, "105123", "Seaside SNF", "987654321", 4), JAN_1);
        assertEquals(ListKind.SNF_AFFILIATE, row.getKind());
        assertEquals("105123", row.getCcn());
        SnfAffiliate snf = (SnfAffiliate) accepted(row).newEntry();
        assertEquals("Seaside SNF", snf.getFacilityName());
        assertEquals(4, snf.getStarRating());
        assertEquals(JAN_1, snf.getEffectiveDate());
        assertTrue(snf.isOnListFor(2027));
        assertFalse(snf.isOnListFor(2026));
    }

    @Test
    void aPendingOrDeniedAdditionCreatesNothing() {
        ChangeRequestRow row = ChangeRequestRow.addition(draft(), new SnfRow(2, "105123", "Seaside SNF", "987654321", 4), JAN_1);
        assertThrows(IllegalStateException.class, row::newEntry);
        row.getRequest().submit("aco.executive", LocalDateTime.now(), 1);
        row.decide(Disposition.DENIED, DenialReason.SNF_STAR_RATING, "cms.reviewer", LocalDateTime.now());
        assertThrows(IllegalStateException.class, row::newEntry);
    }

    @Test
    void anAcceptedSnfDeletionTerminatesTheAffiliateOnItsTerminationDate() {
        SnfAffiliate snf = withId(new SnfAffiliate(ACO, new SnfRow(0, "105123", "Seaside SNF", "987654321", 4), LocalDate.of(2025, 1, 1)), 3L);
        ChangeRequestRow row = ChangeRequestRow.deletion(draft(), snf, LocalDate.of(2026, 11, 30));
        assertEquals("105123", row.getCcn());
        accepted(row).applyTo(snf);
        assertEquals(LocalDate.of(2026, 11, 30), snf.getTerminationDate());
        assertFalse(snf.isOnListFor(2027));
    }

    @Test
    void anAcceptedCorrectionOfAParticipantChangesItsNameAndPrimaryCareAndKeepsTheTin() {
        ParticipantTin p = participant();
        ChangeRequestRow row = ChangeRequestRow.change(draft(), p,
                new ListRow(1, ListKind.PARTICIPANT, "123456789", null, "New Name LLC", null, true, JAN_1));
        assertEquals(ChangeAction.UPDATE, row.getAction());
        assertEquals("legal business name: Old Name LLC → New Name LLC; bills primary care: N → Y", row.getCorrection());
        assertEquals("Old Name LLC", p.getLegalName(), "nothing changes before CMS accepts");
        accepted(row).applyTo(p);
        assertEquals("New Name LLC", p.getLegalName());
        assertTrue(p.isPrimaryCare());
        assertEquals(LocalDate.of(2025, 1, 1), p.getEffectiveDate());
        assertNull(p.getTerminationDate());
    }

    @Test
    void aCorrectionCannotChangeTheIdentifierOrChangeNothing() {
        ParticipantTin p = participant();
        BusinessException otherTin = assertThrows(BusinessException.class, () -> ChangeRequestRow.change(draft(), p,
                new ListRow(1, ListKind.PARTICIPANT, "999999999", null, "Old Name LLC", null, false, JAN_1)));
        assertTrue(otherTin.getMessage().contains("delete the entry and add the new one"), otherTin.getMessage());
        BusinessException same = assertThrows(BusinessException.class, () -> ChangeRequestRow.change(draft(), p,
                new ListRow(1, ListKind.PARTICIPANT, "123456789", null, "Old Name LLC", null, false, JAN_1)));
        assertTrue(same.getMessage().startsWith("Nothing was changed"), same.getMessage());

        ProviderSupplier npi = withId(new ProviderSupplier(ACO, "1234567893", "Jane Doe", "Cardiology", "123456789",
                LocalDate.of(2025, 1, 1)), 8L);
        assertThrows(BusinessException.class, () -> ChangeRequestRow.change(draft(), npi,
                new ListRow(1, ListKind.PROVIDER_SUPPLIER, "111111111", "1234567893", "Jane Doe", "Cardiology", false, JAN_1)),
                "a different billing TIN is a different entry");
    }

    @Test
    void anAcceptedCorrectionOfAProviderAndOfAnSnfChangesOnlyTheirCorrectableValues() {
        ProviderSupplier npi = withId(new ProviderSupplier(ACO, "1234567893", "Jane Doe", "Cardiology", "123456789",
                LocalDate.of(2025, 1, 1)), 8L);
        accepted(ChangeRequestRow.change(draft(), npi,
                new ListRow(1, ListKind.PROVIDER_SUPPLIER, "123456789", "1234567893", "Jane Doe-Smith", "Internal Medicine", false, JAN_1)))
                .applyTo(npi);
        assertEquals("Jane Doe-Smith", npi.getName());
        assertEquals("Internal Medicine", npi.getSpecialty());
        assertEquals("123456789", npi.getTin());

        SnfAffiliate snf = withId(new SnfAffiliate(ACO, new SnfRow(0, "105123", "Seaside SNF", "987654321", 4), LocalDate.of(2025, 1, 1)), 3L);
        ChangeRequestRow row = ChangeRequestRow.change(draft(), snf, new SnfRow(1, "105123", "Seaside SNF", "987654321", 5));
        assertEquals("overall star rating: 4 → 5", row.getCorrection(), "only what changes");
        accepted(row).applyTo(snf);
        assertEquals(5, snf.getStarRating());
        assertThrows(BusinessException.class, () -> ChangeRequestRow.change(draft(), snf,
                new SnfRow(1, "105999", "Seaside SNF", "987654321", 5)), "the CCN stays");
    }

    @Test
    void aRowIsAppliedOnlyToTheEntryItIsAbout() {
        ParticipantTin p = participant();
        ChangeRequestRow row = accepted(ChangeRequestRow.deletion(draft(), p, LocalDate.of(2026, 11, 30)));
        ParticipantTin other = withId(new ParticipantTin(ACO, "222222222", "Other LLC", true, LocalDate.of(2025, 1, 1)), 9L);
        assertThrows(IllegalArgumentException.class, () -> row.applyTo(other));
        assertNull(other.getTerminationDate());
    }

    @Test
    void rowsCanBeAddedOnlyToADraft() {
        ChangeRequest submitted = draft();
        submitted.submit("aco.executive", LocalDateTime.now(), 1);
        assertThrows(BusinessException.class, () -> ChangeRequestRow.deletion(submitted, participant(), LocalDate.of(2026, 11, 30)));
        assertThrows(BusinessException.class, () -> ChangeRequestRow.addition(submitted, new SnfRow(2, "105123", "S", "987654321", 4), JAN_1));
    }

    @Test
    void aSupervisorReopensADeniedRowAndTheDecidedRequestWaitsAgain() {
        ChangeRequestRow row = ChangeRequestRow.addition(draft(), new SnfRow(2, "105123", "Seaside SNF", "987654321", 4), JAN_1);
        assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen("why"), "nothing to reopen");
        row.getRequest().submit("aco.executive", LocalDateTime.of(2026, 7, 1, 9, 0), 1);
        row.decide(Disposition.DENIED, DenialReason.NOT_ENROLLED, "not in PECOS", "cms.reviewer", LocalDateTime.of(2026, 7, 2, 9, 0));
        row.getRequest().rowDecided(0, LocalDateTime.of(2026, 7, 2, 9, 0));
        assertEquals(ChangeRequestStatus.DECIDED, row.getRequest().getStatus());
        assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen(" "), "a reason is required");
        assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen("x".repeat(501)));
        row.reopen("PECOS shows the enrollment since June");
        assertEquals(Disposition.PENDING, row.getDisposition());
        assertEquals(null, row.getReason());
        assertEquals(ChangeRequestStatus.SUBMITTED, row.getRequest().getStatus(), "back in the reviewer's queue");
        row.decide(Disposition.ACCEPTED, null, "cms.reviewer", LocalDateTime.of(2026, 7, 3, 9, 0));
        assertEquals(Disposition.ACCEPTED, row.getDisposition());
    }

    @Test
    void anAcceptedAdditionIsReopenedUntilItsListIsInForceOrCertified() {
        ChangeRequestRow row = accepted(ChangeRequestRow.addition(draft(), new SnfRow(2, "105123", "Seaside SNF", "987654321", 4), JAN_1));
        assertTrue(row.acceptedReopenRefusal(JAN_1.minusDays(1), false).isEmpty(), "the day before the 2027 list is in force");
        var inForce = row.acceptedReopenRefusal(JAN_1, false);
        assertTrue(inForce.orElseThrow().contains("in force since 01/01/2027"), inForce.toString());
        var signed = row.acceptedReopenRefusal(JAN_1.minusDays(1), true);
        assertTrue(signed.orElseThrow().contains("signed its 2027 certification") && signed.get().contains("for 2028 instead"),
                signed.toString());
        var e = assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen("why", JAN_1, false));
        assertTrue(e.getMessage().contains("in force"), e.getMessage());
        assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen("why"), "not without the dates");
        row.reopen("The SNF withdrew before the year began", JAN_1.minusDays(1), false);
        assertEquals(Disposition.PENDING, row.getDisposition());
        assertEquals(ChangeRequestStatus.SUBMITTED, row.getRequest().getStatus());
    }

    @Test
    void anAcceptedCorrectionIsNotReopened() {
        ChangeRequestRow row = accepted(ChangeRequestRow.change(draft(), participant(),
                new ListRow(1, ListKind.PARTICIPANT, "123456789", null, "Renamed Clinic LLC", null, true, JAN_1)));
        var e = assertThrows(gov.cms.ssp.shared.BusinessException.class, () -> row.reopen("why", JAN_1.minusDays(1), false));
        assertTrue(e.getMessage().contains("correction"), e.getMessage());
    }
}
