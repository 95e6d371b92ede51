package org.ablationpath.benchmark;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a snapshot into the rows and process variables of one new case: every UUID replaced consistently (ids,
 * references, ids inside JSON), every date moved by the same number of days (columns, dates inside JSON, timer
 * dates), the center and pseudonym replaced, task ids made unique. The shape of each row stays as the module stored it.
 */
final class CaseCloner {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE_TEXT = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    private static final AtomicLong TASK_IDS = new AtomicLong();

    private final Map<UUID, UUID> ids = new HashMap<>();
    private final long shiftDays;
    private final String centerId;
    private final String templatePseudonym;
    private final String pseudonym;

    CaseCloner(CaseSnapshot snapshot, long shiftDays, String centerId, String pseudonym) {
        this.shiftDays = shiftDays;
        this.centerId = centerId;
        this.templatePseudonym = (String) snapshot.tables().get("patient").get(0).get("pseudonym");
        this.pseudonym = pseudonym;
    }

    UUID caseId(CaseSnapshot snapshot) {
        return id((UUID) snapshot.tables().get("clinical_case").get(0).get("id"));
    }

    UUID id(UUID template) {
        return ids.computeIfAbsent(template, t -> UUID.randomUUID());
    }

    LocalDate date(LocalDate template) {
        return template.plusDays(shiftDays);
    }

    /** The rows of one table; ids are assigned for all tables first by {@link #assignIds}, so references resolve. */
    List<Map<String, Object>> rows(List<Map<String, Object>> template) {
        return template.stream().map(this::row).toList();
    }

    void assignIds(CaseSnapshot snapshot) {
        snapshot.tables().values().forEach(rows -> rows.forEach(row -> row.values().forEach(v -> {
            if (v instanceof UUID u) {
                id(u);
            }
        })));
    }

    private Map<String, Object> row(Map<String, Object> template) {
        Map<String, Object> row = new LinkedHashMap<>();
        template.forEach((column, value) -> row.put(column, switch (column) {
            case "center_id" -> centerId;
            case "pseudonym" -> pseudonym;
            case "task_id" -> value == null ? null : "load-" + TASK_IDS.incrementAndGet();
            // a version is a name, not a date, even when it starts like one (the schedules' 2026-11-22.1): moving
            // it made every generated visit look outdated, and each start recomputed all of them
            default -> column.endsWith("version") ? value : value(value);
        }));
        return row;
    }

    private Object value(Object value) {
        if (value instanceof UUID u) {
            return id(u);
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof OffsetDateTime t) {
            return t.plusDays(shiftDays);
        }
        if (value instanceof String s) {
            return text(s);
        }
        return value;
    }

    private String text(String s) {
        String out = s.contains(templatePseudonym) ? s.replace(templatePseudonym, pseudonym) : s;
        if (out.indexOf('-') < 0) {
            return out;
        }
        out = replace(UUID_TEXT, out, m -> {
            UUID mapped = ids.get(UUID.fromString(m.group()));
            return mapped == null ? m.group() : mapped.toString();
        });
        return replace(DATE_TEXT, out, m -> {
            try {
                return LocalDate.parse(m.group()).plusDays(shiftDays).toString();
            } catch (RuntimeException notADate) {
                return m.group();
            }
        });
    }

    /** Process variables: ids of rows mapped, timer dates moved; routing flags as they are. */
    Map<String, Object> variables(Map<String, Object> template) {
        Map<String, Object> out = new HashMap<>();
        template.forEach((name, value) -> {
            if (value instanceof Date d) {
                out.put(name, new Date(d.getTime() + shiftDays * 86_400_000L));
            } else if (value instanceof String s && UUID_TEXT.matcher(s).matches()) {
                out.put(name, id(UUID.fromString(s)).toString());
            } else if (name.equals("centerId")) {
                out.put(name, centerId);
            } else {
                out.put(name, value);
            }
        });
        return out;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(by.apply(m)));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
