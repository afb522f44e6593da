package gov.cms.ssp.lookup;

import gov.cms.ssp.certification.Certification;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Invalidates the public lookup's cache whenever JPA writes what its answers are made of: the
 * participant and provider/supplier lists in force (accepted change requests, corrections,
 * terminations), a signed certification (its signed lists), an ACO (name, track) and a
 * certification window (how far ahead the lookup answers). Registered in META-INF/orm.xml, so no
 * service can change a list and forget it.
 */
public class ListsInForceListener {
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof Certification c && !c.isSigned()) {
            return; // started or extended: no list is signed yet
        }
        CDI.current().select(ListsInForceCache.class).get().invalidateWhenTransactionEnds();
    }
}
