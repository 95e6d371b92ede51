package org.ablationpath.followup.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactAttemptRepository extends JpaRepository<ContactAttemptEntity, UUID> {

    List<ContactAttemptEntity> findByVisitIdOrderByAttemptDateAsc(UUID visitId);
}
