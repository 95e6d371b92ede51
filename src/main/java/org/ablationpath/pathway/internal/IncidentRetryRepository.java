package org.ablationpath.pathway.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRetryRepository extends JpaRepository<IncidentRetryEntity, UUID> {
}
