package org.ablationpath.platform.persistence;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or "system" for the engine's and start-up work. */
public class AuditRevisionListener implements RevisionListener {
    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ((AuditRevision) revisionEntity).setUsername(auth == null || auth.getName() == null ? "system" : auth.getName());
    }
}
