package org.ablationpath.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CenterRepository extends JpaRepository<CenterEntity, String> {
}
