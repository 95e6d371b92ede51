package org.ablationpath.platform.persistence;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * Reads the Envers revisions of one entity type and turns them into before/after changes per field, so each
 * module shows the history of its own records without exposing its entities.
 */
public final class EntityHistory {

    private EntityHistory() {
    }

    /**
     * @param recordType the name shown in the trail (e.g. "Case")
     * @param filter     which rows (e.g. {@code AuditEntity.property("patientId").eq(id)})
     */
    public static List<RecordChange> of(EntityManager em, Class<?> entityType, String recordType, AuditCriterion filter) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(filter)
                .addOrder(org.hibernate.envers.query.AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> lastState = new HashMap<>();
        List<RecordChange> changes = new ArrayList<>();
        for (Object[] row : revisions) {
            Object entity = row[0];
            AuditRevision revision = (AuditRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, String> state = fields(entity);
            Object id = state.get("id");
            Map<String, String> before = lastState.getOrDefault(id, Map.of());
            Map<String, RecordChange.FieldChange> diff = new LinkedHashMap<>();
            state.forEach((name, after) -> {
                String previous = before.get(name);
                if (!"id".equals(name) && !Objects.equals(previous, after)) {
                    diff.put(name, new RecordChange.FieldChange(previous, after));
                }
            });
            lastState.put(id, state);
            changes.add(new RecordChange(revision.at(), revision.username(), recordType, String.valueOf(id), action(type), diff));
        }
        return changes;
    }

    private static String action(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATE";
            case MOD -> "UPDATE";
            case DEL -> "DELETE";
        };
    }

    private static Map<String, String> fields(Object entity) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Class<?> c = entity.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || "version".equals(field.getName())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(entity);
                    values.put(field.getName(), value == null ? null : value.toString());
                } catch (IllegalAccessException unreadable) {
                    values.put(field.getName(), "(unreadable)");
                }
            }
        }
        return values;
    }
}
