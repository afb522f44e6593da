package gov.cms.ssp.lookup;

import gov.cms.ssp.aco.Aco;
import gov.cms.ssp.agreement.Agreement;
import gov.cms.ssp.agreement.PyElection;
import gov.cms.ssp.certification.Certification;
import gov.cms.ssp.certification.CertificationCycle;
import gov.cms.ssp.participant.ParticipantTin;
import gov.cms.ssp.participant.ProviderSupplier;
import gov.cms.ssp.quality.QualityRelease;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the public lookup's cache about every JPA write of what its answers are made of: the
 * provider/supplier lists in force (accepted additions, corrections, terminations: the entry's NPI,
 * which never changes), the participant lists (the names of the NPIs billing through the TIN), a
 * signed certification (its signed lists: every NPI of the ACO), an ACO (name, track), a
 * certification window (how far ahead the lookup answers) and an agreement or election (the level
 * in force in each PY, which decides MIPS APM or Advanced APM), and a release of quality results (the
 * APM Entity's MIPS scores each answer shows once released). Registered in META-INF/orm.xml, so no
 * service can change a list and forget it.
 */
public class ListsInForceListener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        ListsInForceCache cache = CDI.current().select(ListsInForceCache.class).get();
        if (entity instanceof ProviderSupplier s) {
            cache.npiChanged(s.getNpi());
        } else if (entity instanceof ParticipantTin p) {
            cache.tinChanged(p.getAcoId().value(), p.getTin());
        } else if (entity instanceof Certification c) {
            if (c.isSigned()) { // started or extended, no list is signed yet
                cache.acoChanged(c.getAcoId().value());
            }
        } else if (entity instanceof Aco a) {
            cache.acoChanged(a.getAcoId().value());
        } else if (entity instanceof CertificationCycle) {
            cache.windowChanged();
        } else if (entity instanceof Agreement g) {
            cache.agreementChanged(g.getAcoId().value());
        } else if (entity instanceof QualityRelease) {
            cache.qualityReleased();
        } else if (entity instanceof PyElection e) {
            cache.agreementChanged(e.getAgreement().getAcoId().value());
        }
    }
}
