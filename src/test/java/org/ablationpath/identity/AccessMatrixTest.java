package org.ablationpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ablationpath.AblationPathTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may open which screen and call which endpoint, declared once here. Every route and every /api endpoint of
 * the application must appear in this matrix (a new one without a declaration fails), must declare its roles in
 * code, and must behave as declared for a user of every role.
 */
@AblationPathTest
class AccessMatrixTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> CLINICAL = EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST,
            Role.TUMOR_BOARD, Role.NURSE);
    private static final Set<Role> CLINICAL_AND_DATA = EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST,
            Role.TUMOR_BOARD, Role.NURSE, Role.DATA_MANAGER);
    /** Alert recipients: the clinical roles, the chair (escalations, safety.md 6.1) and data managers (ALR-01/03/06). */
    private static final Set<Role> ALERT_RECIPIENTS = EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST,
            Role.TUMOR_BOARD, Role.BOARD_CHAIR, Role.NURSE, Role.DATA_MANAGER);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.ADMIN, Role.DATA_MANAGER);
    private static final Set<Role> PHYSICIANS = EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST);

    /** Screens by route template; null means open to anonymous users (the login page). */
    private static final Map<String, Set<Role>> SCREENS = new LinkedHashMap<>();
    /** REST endpoints as "METHOD pattern". */
    private static final Map<String, Set<Role>> ENDPOINTS = new LinkedHashMap<>();

    static {
        SCREENS.put("login", null);
        SCREENS.put("", EVERY_ROLE);
        SCREENS.put("tasks/:taskId", EVERY_ROLE);
        SCREENS.put("cases", CLINICAL);
        SCREENS.put("cases/:caseId", CLINICAL);
        SCREENS.put("referrals/new", EnumSet.of(Role.REFERRING_PHYSICIAN));
        SCREENS.put("audit", AUDITORS);
        SCREENS.put("admin/users", EnumSet.of(Role.ADMIN));
        SCREENS.put("account/password", EVERY_ROLE);
        SCREENS.put("cases/:caseId/what-if", PHYSICIANS);
        SCREENS.put("rules", EVERY_ROLE);
        SCREENS.put("worklist", EnumSet.of(Role.NURSE, Role.DATA_MANAGER));
        SCREENS.put("registry/import", EnumSet.of(Role.DATA_MANAGER));
        SCREENS.put("registry/export", EnumSet.of(Role.DATA_MANAGER));
        SCREENS.put("alerts", ALERT_RECIPIENTS);
        SCREENS.put("registry", AUDITORS);

        ENDPOINTS.put("POST /api/referrals", EnumSet.of(Role.REFERRING_PHYSICIAN));
        ENDPOINTS.put("GET /api/cases/{caseId}", CLINICAL);
        ENDPOINTS.put("GET /api/tasks", CLINICAL_AND_DATA);
        ENDPOINTS.put("GET /api/tasks/{taskId}", CLINICAL_AND_DATA);
        ENDPOINTS.put("POST /api/tasks/{taskId}/claim", CLINICAL_AND_DATA);
        ENDPOINTS.put("POST /api/tasks/{taskId}/complete", CLINICAL_AND_DATA);
        ENDPOINTS.put("POST /api/evaluations/eligibility", CLINICAL_AND_DATA);
        ENDPOINTS.put("POST /api/evaluations/case", CLINICAL_AND_DATA);
        ENDPOINTS.put("GET /api/patients/{patientId}/audit-trail", AUDITORS);
        ENDPOINTS.put("GET /api/admin/users", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("POST /api/admin/users", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("GET /api/admin/users/{username}", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("PATCH /api/admin/users/{username}", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("PUT /api/admin/users/{username}", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("POST /api/admin/users/{username}/password-reset", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("POST /api/admin/users/{username}/unlock", EnumSet.of(Role.ADMIN));
        ENDPOINTS.put("POST /api/cases/{caseId}/void", EnumSet.of(Role.REFERRING_PHYSICIAN, Role.BOARD_CHAIR));
        ENDPOINTS.put("PUT /api/cases/{caseId}/enrolment", EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST,
                Role.DATA_MANAGER));
        ENDPOINTS.put("GET /api/cases/{caseId}/evaluations", CLINICAL);
        ENDPOINTS.put("POST /api/cases/{caseId}/evaluations", CLINICAL);
        ENDPOINTS.put("POST /api/cases/{caseId}/evaluations/{evaluationId}/reviews", PHYSICIANS);
        ENDPOINTS.put("GET /api/rules", EVERY_ROLE);
        ENDPOINTS.put("GET /api/rules/override-statistics", AUDITORS);
        ENDPOINTS.put("POST /api/cases/{caseId}/deviations/{deviationId}/reason", EnumSet.of(Role.TUMOR_BOARD, Role.BOARD_CHAIR, Role.NURSE));
        ENDPOINTS.put("POST /api/cases/{caseId}/adverse-events",
                EnumSet.of(Role.NURSE, Role.INTERVENTIONAL_RADIOLOGIST, Role.REFERRING_PHYSICIAN));
        ENDPOINTS.put("GET /api/cases/{caseId}/adverse-events", CLINICAL);
        ENDPOINTS.put("GET /api/cases/{caseId}/adverse-events/{adverseEventId}", CLINICAL);
        ENDPOINTS.put("GET /api/worklist", EnumSet.of(Role.NURSE, Role.DATA_MANAGER));
        ENDPOINTS.put("POST /api/worklist/{kind}/{itemId}/assign-to-me", EnumSet.of(Role.NURSE));
        ENDPOINTS.put("POST /api/cases/{caseId}/end-of-follow-up", EnumSet.of(Role.NURSE, Role.DATA_MANAGER,
                Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST, Role.BOARD_CHAIR));
        ENDPOINTS.put("POST /api/registry/cases", EnumSet.of(Role.DATA_MANAGER));
        ENDPOINTS.put("GET /api/registry/cases/{caseId}", EnumSet.of(Role.DATA_MANAGER));
        ENDPOINTS.put("POST /api/registry/imports", EnumSet.of(Role.DATA_MANAGER));
        ENDPOINTS.put("GET /api/registry/export/data-dictionary.csv", EnumSet.of(Role.DATA_MANAGER));
        ENDPOINTS.put("GET /api/registry/export/{entity}.csv", EnumSet.of(Role.DATA_MANAGER));
        // clinical roles of the patient's center too: the bundle is their patient's record (center-scoped, logged)
        ENDPOINTS.put("GET /api/fhir/Patient/{patientId}/$everything", CLINICAL_AND_DATA);
        // tumour board meetings (issue 6): chair-only changes are BOARD_CHAIR
        Set<Role> board = EnumSet.of(Role.TUMOR_BOARD);
        Set<Role> chair = EnumSet.of(Role.BOARD_CHAIR);
        ENDPOINTS.put("GET /api/boards", board);
        ENDPOINTS.put("POST /api/boards", chair);
        ENDPOINTS.put("GET /api/boards/{boardId}/meetings", board);
        ENDPOINTS.put("POST /api/boards/{boardId}/meetings", chair);
        ENDPOINTS.put("GET /api/meetings/{meetingId}", board);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/agenda", board);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda/fill", board);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda", chair);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda/reorder", chair);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda/{itemId}/defer", chair);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda/{itemId}/quorum-exception", chair);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/agenda/{itemId}/case", board);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/agenda/{itemId}/quorum", board);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/agenda/{itemId}/decision", board);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/nominations/{caseId}", board);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/attendance", board);
        ENDPOINTS.put("PUT /api/meetings/{meetingId}/attendance", board);
        ENDPOINTS.put("POST /api/meetings/{meetingId}/finalize", chair);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/minutes", board);
        ENDPOINTS.put("GET /api/meetings/{meetingId}/minutes.pdf", board);
        ENDPOINTS.put("GET /api/my-referrals", EnumSet.of(Role.REFERRING_PHYSICIAN));
        SCREENS.put("boards", board);
        SCREENS.put("meetings/:meetingId", board);
        SCREENS.put("meetings/:meetingId/present/:itemId", board);
        SCREENS.put("meetings/:meetingId/minutes", board);
        SCREENS.put("my-referrals", EnumSet.of(Role.REFERRING_PHYSICIAN));
        ENDPOINTS.put("GET /api/alerts", ALERT_RECIPIENTS);
        ENDPOINTS.put("POST /api/alerts/{alertId}/acknowledge", ALERT_RECIPIENTS);
        ENDPOINTS.put("GET /api/alerts/statistics", EnumSet.of(Role.DATA_MANAGER));
        ENDPOINTS.put("GET /api/cases/{caseId}/alerts", CLINICAL);
        // incidents: who sees the case, plus administrators (Cockpit's users); retry by administrators and the coordinating nurse
        ENDPOINTS.put("GET /api/cases/{caseId}/incidents", EnumSet.of(Role.REFERRING_PHYSICIAN, Role.INTERVENTIONAL_RADIOLOGIST,
                Role.TUMOR_BOARD, Role.NURSE, Role.ADMIN));
        ENDPOINTS.put("POST /api/cases/{caseId}/incidents/{incidentId}/retry", EnumSet.of(Role.NURSE, Role.ADMIN));
        ENDPOINTS.put("GET /api/registry/outcomes", AUDITORS);
        ENDPOINTS.put("GET /api/registry/quality-indicators", AUDITORS);
        ENDPOINTS.put("GET /api/registry/survival", AUDITORS);
        ENDPOINTS.put("POST /api/registry/recompute", AUDITORS);
        ENDPOINTS.put("GET /api/registry/recompute-queue", AUDITORS);
    }

    /** A demo user holding each role (the chair also holds TUMOR_BOARD). */
    private static final Map<Role, String> USER_OF_ROLE = Map.of(
            Role.ADMIN, "admin", Role.REFERRING_PHYSICIAN, "physician", Role.INTERVENTIONAL_RADIOLOGIST, "radiologist",
            Role.TUMOR_BOARD, "board", Role.BOARD_CHAIR, "chair", Role.NURSE, "nurse", Role.DATA_MANAGER, "datamanager");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyScreenIsDeclaredHereAndInItsCode() {
        Map<String, Class<?>> routes = routes();

        assertThat(new TreeSet<>(routes.keySet())).as("routes of the application").isEqualTo(new TreeSet<>(SCREENS.keySet()));
        routes.forEach((route, view) -> assertThat(
                view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                        || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class))
                .as("%s declares who may open it", view.getSimpleName()).isTrue());
    }

    @Test
    void everyScreenOpensForExactlyTheDeclaredRoles() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        routes().forEach((route, view) -> {
            Set<Role> allowed = SCREENS.get(route);
            assertThat(checker.hasAccess(view, null, role -> false)).as("anonymous on '%s'", route).isEqualTo(allowed == null);
            for (Role role : Role.values()) {
                Principal user = () -> USER_OF_ROLE.get(role);
                boolean expected = allowed == null || allowed.contains(role);
                assertThat(checker.hasAccess(view, user, r -> r.equals(role.name())))
                        .as("%s on screen '%s'", role, route).isEqualTo(expected);
            }
        });
    }

    /**
     * Screens are guarded by the router (their annotations above), not by method-security proxies: a view matched by
     * an advisor is wrapped in a new CGLIB proxy at every navigation, after matching every advisor against its
     * hundreds of inherited methods (a sixth of the screens' server time under load, issue 9).
     */
    @Test
    void noScreenIsWrappedInAProxy() {
        var advisors = java.util.List.copyOf(context.getBeansOfType(Advisor.class).values());
        assertThat(advisors).as("method security is on").isNotEmpty();
        routes().forEach((route, view) -> assertThat(AopUtils.findAdvisorsThatCanApply(advisors, view))
                .as("advisors applying to %s", view.getSimpleName()).isEmpty());
    }

    @Test
    void everyEndpointIsDeclaredHereAndInItsCode() {
        Map<String, HandlerMethod> endpoints = endpoints();

        assertThat(new TreeSet<>(endpoints.keySet())).as("REST endpoints of the application")
                .isEqualTo(new TreeSet<>(ENDPOINTS.keySet()));
        endpoints.forEach((endpoint, handler) -> assertThat(declaresRoles(handler.getMethod()))
                .as("%s declares its roles", endpoint).isTrue());
    }

    @Test
    void everyEndpointAnswersExactlyTheDeclaredRoles() {
        ENDPOINTS.forEach((endpoint, allowed) -> {
            HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");

            assertThat(call(rest, method, path).getStatusCode()).as("anonymous %s", endpoint).isEqualTo(HttpStatus.UNAUTHORIZED);
            for (Role role : Role.values()) {
                HttpStatus status = HttpStatus.valueOf(call(rest.withBasicAuth(USER_OF_ROLE.get(role), "demo"), method, path)
                        .getStatusCode().value());
                // the chair also holds TUMOR_BOARD
                boolean expected = allowed.contains(role) || (role == Role.BOARD_CHAIR && allowed.contains(Role.TUMOR_BOARD));
                if (expected) {
                    assertThat(status).as("%s calling %s", role, endpoint).isNotIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
                    assertThat(status.is5xxServerError()).as("%s calling %s answered %s", role, endpoint, status).isFalse();
                } else {
                    assertThat(status).as("%s calling %s", role, endpoint).isEqualTo(HttpStatus.FORBIDDEN);
                }
            }
        });
    }

    private static org.springframework.http.ResponseEntity<String> call(TestRestTemplate client, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return client.exchange(path, method, new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers), String.class);
    }

    private static boolean declaresRoles(Method method) {
        Class<?> type = method.getDeclaringClass();
        return AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class) || AnnotatedElementUtils.hasAnnotation(method, Secured.class)
                || AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class) || AnnotatedElementUtils.hasAnnotation(type, Secured.class);
    }

    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<String> patterns = info.getPatternValues();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(m -> endpoints.put(m.name() + " " + pattern, entry.getValue()));
            }
        }
        return endpoints;
    }

    private static Map<String, Class<?>> routes() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.ablationpath").stream()
                .map(bean -> {
                    try {
                        return Class.forName(bean.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toMap(view -> view.getAnnotation(Route.class).value(), view -> view));
    }
}
