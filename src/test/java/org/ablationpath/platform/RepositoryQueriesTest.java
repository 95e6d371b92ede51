package org.ablationpath.platform;

import static org.ablationpath.TestCases.post;
import static org.ablationpath.TestCases.uniquePseudonym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.beans.Introspector;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.ablationpath.AblationPathTest;
import org.ablationpath.CaseWalk;
import org.ablationpath.FormTasks;
import org.ablationpath.MovableClock;
import org.ablationpath.TestCases;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryFactoryInformation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * Every read of the application's Spring Data repositories is a JPQL string (ADR 0004, decision 1): a derived query
 * is rebuilt as a criteria tree and translated to SQL on every call, a query string's plan is cached. The converted
 * queries are run here too: an empty collection matches nothing, and exists and count queries agree with the rows.
 */
@AblationPathTest
class RepositoryQueriesTest {

    /**
     * Derived query methods that stay derived, by interface simple name and method name, each with its reason. Only
     * derived deletes belong here: they load and remove each entity, so Envers and lifecycle callbacks see the
     * removal, which a bulk JPQL delete would bypass. There are none today.
     */
    private static final Map<String, String> LEFT_DERIVED = Map.of();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private ProcessEngine engine;
    @Autowired
    private MovableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
        ClockUtil.reset();
    }

    @Test
    void noRepositoryMethodIsADerivedQuery() {
        List<RepositoryInformation> repositories = applicationRepositories();
        assertThat(repositories).as("the application's repositories are found").hasSizeGreaterThan(30);
        Set<String> derived = new TreeSet<>();
        for (RepositoryInformation info : repositories) {
            for (Method method : info.getQueryMethods()) {
                String key = info.getRepositoryInterface().getSimpleName() + "." + method.getName();
                if (!AnnotatedElementUtils.hasAnnotation(method, Query.class) && !LEFT_DERIVED.containsKey(key)) {
                    derived.add(key);
                }
            }
        }
        assertThat(derived).as("derived queries (write them as @Query JPQL, ADR 0004)").isEmpty();
    }

    @Test
    void leftDerivedMethodsAreDeletesThatStillExist() {
        Set<String> methods = new TreeSet<>();
        applicationRepositories().forEach(info -> info.getQueryMethods().forEach(
                m -> methods.add(info.getRepositoryInterface().getSimpleName() + "." + m.getName())));
        LEFT_DERIVED.keySet().forEach(key -> {
            assertThat(methods).as("allow-listed method exists").contains(key);
            assertThat(key.substring(key.indexOf('.') + 1)).as("only derived deletes stay derived")
                    .matches("(delete|remove).*By.*");
        });
    }

    /**
     * Runs every query method once with unknown keys and an empty collection for each collection parameter: each
     * must run, and one with a collection must answer empty. For a query whose only restriction is its collection,
     * this shows an empty collection matches nothing, as it did in the derived query.
     */
    @Test
    @Transactional
    void everyQueryRunsAndAnEmptyCollectionMatchesNothing() {
        List<String> onlyCollectionOnStoredRows = new ArrayList<>();
        for (RepositoryInformation info : applicationRepositories()) {
            Object repository = context.getBean(info.getRepositoryInterface());
            for (Method method : info.getQueryMethods()) {
                Object[] args = Arrays.stream(method.getParameterTypes()).map(RepositoryQueriesTest::matchingNothing)
                        .toArray();
                Object answer = invoke(repository, method, args);
                if (Arrays.stream(method.getParameterTypes()).anyMatch(Collection.class::isAssignableFrom)) {
                    assertThat(isEmptyAnswer(answer)).as(info.getRepositoryInterface().getSimpleName() + "."
                            + method.getName() + " with an empty collection").isTrue();
                }
                boolean onlyCollection = Arrays.stream(method.getParameterTypes()).allMatch(t -> Collection.class
                        .isAssignableFrom(t) || t == Pageable.class || t == Limit.class);
                if (onlyCollection && ((JpaRepository<?, ?>) repository).count() > 0) {
                    onlyCollectionOnStoredRows.add(info.getRepositoryInterface().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(onlyCollectionOnStoredRows).as("an empty collection was tried on a table with rows").isNotEmpty();
    }

    /**
     * Each exists and count query answers for a stored row as the rows themselves do, and false (zero) for an unknown
     * key. The demo data has no pathway rows, so a board with a meeting and an agenda item, a follow-through, a death
     * at the vital status check, a walk through one ablation session with its 30-day closure, and a death after it
     * with its M&M review are recorded first.
     */
    @Test
    void existsAndCountQueriesAgreeWithTheStoredRows() {
        recordRowsForEveryExistsQuery();
        List<String> checked = new ArrayList<>();
        List<String> withoutRows = new ArrayList<>();
        for (RepositoryInformation info : applicationRepositories()) {
            Object repository = context.getBean(info.getRepositoryInterface());
            for (Method method : info.getQueryMethods()) {
                String name = method.getName();
                if (!name.startsWith("existsBy") && !name.startsWith("countBy")) {
                    continue;
                }
                String key = info.getRepositoryInterface().getSimpleName() + "." + name;
                List<Field> fields = Arrays.stream(name.substring(name.indexOf("By") + 2).split("And"))
                        .map(p -> field(info.getDomainType(), Introspector.decapitalize(p))).toList();
                List<?> rows = ((JpaRepository<?, ?>) repository).findAll();
                Optional<?> stored = rows.stream().filter(r -> fields.stream().allMatch(f -> read(f, r) != null)).findFirst();
                if (stored.isEmpty()) {
                    withoutRows.add(key);
                    continue;
                }
                Object[] values = fields.stream().map(f -> read(f, stored.get())).toArray();
                long matching = rows.stream().filter(r -> {
                    for (int i = 0; i < fields.size(); i++) {
                        if (!Objects.equals(read(fields.get(i), r), values[i])) {
                            return false;
                        }
                    }
                    return true;
                }).count();
                Object[] unknown = values.clone();
                unknown[0] = matchingNothing(method.getParameterTypes()[0]);
                if (name.startsWith("exists")) {
                    assertThat(invoke(repository, method, values)).as(key + " for a stored row").isEqualTo(true);
                    assertThat(invoke(repository, method, unknown)).as(key + " for an unknown key").isEqualTo(false);
                } else {
                    assertThat(invoke(repository, method, values)).as(key + " for a stored row").isEqualTo(matching);
                    assertThat(invoke(repository, method, unknown)).as(key + " for an unknown key").isEqualTo(0L);
                }
                checked.add(key);
            }
        }
        assertThat(withoutRows).as("exists and count queries whose table has no row to test with").isEmpty();
        assertThat(checked).as("exists and count queries checked").hasSizeGreaterThan(10);
    }

    private void recordRowsForEveryExistsQuery() {
        TestRestTemplate chair = rest.withBasicAuth("chair", "demo");
        TestRestTemplate board = rest.withBasicAuth("board", "demo");
        LocalDate today = LocalDate.now(clock);
        ResponseEntity<JsonNode> created = post(chair, "/api/boards", Map.of("name", uniquePseudonym("RQ-Board"),
                "meetingDay", today.plusDays(7).getDayOfWeek().name(), "meetingTime", "16:00"));
        assertThat(created.getStatusCode()).as("board %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> meetings = post(chair, "/api/boards/" + created.getBody().path("id").asText() + "/meetings",
                Map.of("firstDate", today.plusDays(7).toString()));
        assertThat(meetings.getStatusCode()).as("meetings %s", meetings.getBody()).isEqualTo(HttpStatus.CREATED);
        UUID nominated = TestCases.refer(rest, TestCases.hccCase(uniquePseudonym("RQ-Agenda")));
        ResponseEntity<JsonNode> item = post(chair, "/api/meetings/" + meetings.getBody().get(0).path("id").asText()
                + "/agenda", Map.of("caseId", nominated.toString()));
        assertThat(item.getStatusCode()).as("agenda item %s", item.getBody()).isEqualTo(HttpStatus.CREATED);

        UUID decided = TestCases.refer(rest, TestCases.lowPlateletsCase(uniquePseudonym("RQ-Systemic")));
        assertThat(post(board, "/api/tasks/" + TestCases.boardTaskOf(rest, decided) + "/complete",
                Map.of("decisionCode", "SYSTEMIC", "intent", "PALLIATIVE", "rationale", "Platelets too low."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String followThrough = FormTasks.openTask(engine, decided, "C01", "decision-follow-through", "TUMOR_BOARD");
        assertThat(post(board, "/api/tasks/" + followThrough + "/complete",
                Map.of("treatmentStarted", true, "startDate", today.toString())).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String vitalStatus = FormTasks.openTask(engine, decided, "C01", "vital-status-check", "DATA_MANAGER");
        assertThat(post(rest.withBasicAuth("datamanager", "demo"), "/api/tasks/" + vitalStatus + "/complete",
                Map.of("status", "DEAD", "lastContactDate", today.toString(), "deathDate", today.minusDays(1).toString(),
                        "causeOfDeath", "TUMOUR_PROGRESSION")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        CaseWalk walk = new CaseWalk(rest, engine, clock);
        LocalDate session = walk.toResponseAssessment(uniquePseudonym("RQ-Walk"));
        walk.assessResponse(session.plusDays(21), true, "COMPLETE");

        // TMR-10: the session's 30-day adverse-event closure (no adverse event to grade)
        walk.travelTo(session.plusDays(30));
        String closure = walk.openTask("adverse-event-closure").path("id").asText();
        assertThat(post(rest.withBasicAuth("nurse", "demo"), "/api/tasks/" + closure + "/complete",
                Map.of("confirmed", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // TMR-11: a death on day 20 (ALR-01) and its M&M review
        assertThat(post(rest.withBasicAuth("physician", "demo"), "/api/cases/" + walk.caseId() + "/end-of-follow-up",
                Map.of("reason", "DEATH", "date", session.plusDays(20).toString(), "causeOfDeath", "OTHER"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String review = walk.openTask("mortality-review").path("id").asText();
        assertThat(post(chair, "/api/tasks/" + review + "/complete", Map.of("reviewDate", session.plusDays(30).toString(),
                "procedureRelated", false, "summary", "Unrelated to the ablation."))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The role check limits its read to one id; it must still agree with the users' roles, role by role. */
    @Test
    @Transactional
    void roleExistenceAgreesWithTheUsers() throws Exception {
        Class<?> type = Class.forName("org.ablationpath.identity.internal.AppUserRepository");
        Class<?> roleType = Class.forName("org.ablationpath.identity.Role");
        Object repository = context.getBean(type);
        Method exists = type.getDeclaredMethod("existsByRolesContaining", roleType);
        List<?> users = ((JpaRepository<?, ?>) repository).findAll();
        Field roles = field(users.get(0).getClass(), "roles");
        for (Object role : roleType.getEnumConstants()) {
            boolean held = users.stream().anyMatch(u -> ((Collection<?>) read(roles, u)).contains(role));
            assertThat(invoke(repository, exists, new Object[] {role})).as("any user with " + role).isEqualTo(held);
        }
    }

    private List<RepositoryInformation> applicationRepositories() {
        return Arrays.stream(context.getBeanNamesForType(RepositoryFactoryInformation.class, false, false))
                .map(name -> context.getBean(name, RepositoryFactoryInformation.class).getRepositoryInformation())
                .filter(info -> info.getRepositoryInterface().getName().startsWith("org.ablationpath."))
                .toList();
    }

    /** A value no stored row has (or that does not restrict: the oldest date, an empty collection, a page). */
    private static Object matchingNothing(Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == String.class) {
            return "no-such-" + UUID.randomUUID().toString().substring(0, 8);
        } else if (type == LocalDate.class) {
            return LocalDate.of(1900, 1, 1);
        } else if (type == Instant.class) {
            return Instant.EPOCH;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        } else if (type == Pageable.class) {
            return PageRequest.of(0, 10);
        } else if (type == Limit.class) {
            return Limit.of(10);
        }
        return fail("No sample value for a parameter of type " + type.getName() + ": add one here");
    }

    private static boolean isEmptyAnswer(Object result) {
        if (result instanceof Collection<?> c) {
            return c.isEmpty();
        } else if (result instanceof Optional<?> o) {
            return o.isEmpty();
        } else if (result instanceof Boolean b) {
            return !b;
        } else if (result instanceof Number n) {
            return n.longValue() == 0;
        }
        return result == null;
    }

    private static Object invoke(Object repository, Method method, Object[] args) {
        try {
            method.setAccessible(true);
            return method.invoke(repository, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " failed",
                    e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field field(Class<?> type, String name) {
        Field field = ReflectionUtils.findField(type, name);
        assertThat(field).as(type.getSimpleName() + "." + name).isNotNull();
        ReflectionUtils.makeAccessible(field);
        return field;
    }

    private static Object read(Field field, Object row) {
        return ReflectionUtils.getField(field, row);
    }
}
