package org.ablationpath.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.ablationpath.board.BoardDecisionForm;
import org.ablationpath.board.DecisionCode;
import org.ablationpath.board.Intent;
import org.ablationpath.eligibility.CaseDocument;
import org.ablationpath.identity.Center;
import org.ablationpath.identity.CurrentUser;
import org.ablationpath.identity.Role;
import org.ablationpath.identity.UserDirectory;
import org.ablationpath.platform.workflow.CaseTasks;
import org.ablationpath.referral.ReferralDetails;
import org.ablationpath.referral.ReferralService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo once, on the first start with an empty database. Referrals and board decisions go through the
 * referral service and the task list as the demo users, so the demo shows real evaluations and real processes.
 */
@Component
@ConditionalOnProperty(name = "ablationpath.demo.enabled", havingValue = "true")
class DemoData {

    static final String DEMO_PASSWORD = "demo";
    static final String CENTER_1 = "C01";
    static final String CENTER_2 = "C02";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserDirectory users;
    private final ReferralService referrals;
    private final CaseTasks tasks;
    private final ObjectMapper json;

    DemoData(UserDirectory users, ReferralService referrals, CaseTasks tasks, ObjectMapper json) {
        this.users = users;
        this.referrals = referrals;
        this.tasks = tasks;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    void load() {
        if (users.center(CENTER_1).isPresent()) {
            return;
        }
        users.saveCenter(new Center(CENTER_1, "Demo University Hospital", "NL", "INTL"));
        users.saveCenter(new Center(CENTER_2, "Demo Regional Hospital", "TW", "INTL"));
        createUser("admin", "Demo Administrator", Set.of(Role.ADMIN), CENTER_1);
        createUser("physician", "Dr. Demo Referrer", Set.of(Role.REFERRING_PHYSICIAN), CENTER_1);
        createUser("radiologist", "Dr. Demo Radiologist", Set.of(Role.INTERVENTIONAL_RADIOLOGIST), CENTER_1);
        createUser("board", "Dr. Demo Board Member", Set.of(Role.TUMOR_BOARD), CENTER_1);
        createUser("chair", "Dr. Demo Board Chair", Set.of(Role.TUMOR_BOARD, Role.BOARD_CHAIR), CENTER_1);
        createUser("nurse", "Demo Nurse", Set.of(Role.NURSE), CENTER_1);
        createUser("datamanager", "Demo Data Manager", Set.of(Role.DATA_MANAGER), CENTER_1);
        createUser("nurse2", "Demo Nurse (center 2)", Set.of(Role.NURSE), CENTER_2);

        LocalDate today = LocalDate.now();
        UUID awaitingBoard = refer(CENTER_1, DemoCases.hccSingle("DEMO-001", today), "Single HCC segment 6, ablation candidate?");
        UUID lowPlatelets = refer(CENTER_1, DemoCases.crlmLowPlatelets("DEMO-002", today), "Two CRLM after chemotherapy; platelets low");
        UUID cautionInr = refer(CENTER_1, DemoCases.hccBorderlineInr("DEMO-003", today), "HCC 22 mm, INR 1.6 on review");
        UUID kidney = refer(CENTER_1, DemoCases.kidneyMass("DEMO-004", today), "Small renal mass, surgery or ablation?");
        refer(CENTER_2, DemoCases.lungMetastasis("DEMO-101", today), "Solitary lung metastasis of CRC");

        decide("chair", cautionInr, new BoardDecisionForm(DecisionCode.ABLATION, Intent.CURATIVE,
                "Single HCC within ablation criteria; INR to be rechecked before the procedure.",
                "Single HCC of 22 mm: ablation is first-line; the INR is corrected before the procedure."));
        decide("chair", kidney, new BoardDecisionForm(DecisionCode.SURGERY_PARTIAL_NEPHRECTOMY, Intent.CURATIVE,
                "Young and fit patient; partial nephrectomy preferred.",
                "Patient fit for surgery and prefers nephron-sparing surgery after counselling."));
        log.info("Demo data loaded: 2 centers, 8 users (password '{}'), cases {} and {} await the board.",
                DEMO_PASSWORD, awaitingBoard, lowPlatelets);
    }

    private void createUser(String username, String displayName, Set<Role> roles, String center) {
        users.create(username, DEMO_PASSWORD, displayName, roles, Set.of(center));
    }

    private UUID refer(String center, String document, String question) {
        return runAs("demo-referrer", Set.of(Role.REFERRING_PHYSICIAN), center,
                () -> referrals.submit(parse(document), new ReferralDetails("INTERNAL", "ROUTINE", question)));
    }

    private void decide(String username, UUID caseId, BoardDecisionForm form) {
        runAs(username, Set.of(Role.TUMOR_BOARD, Role.BOARD_CHAIR), CENTER_1, () -> {
            String taskId = tasks.openTasksOfCase(caseId).get(0).id();
            tasks.complete(taskId, form);
            return null;
        });
    }

    private <T> T runAs(String username, Set<Role> roles, String center, Supplier<T> work) {
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        authorities.add(new SimpleGrantedAuthority(CurrentUser.CENTER_AUTHORITY_PREFIX + center));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CaseDocument parse(String document) {
        try {
            return json.readValue(document, CaseDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Demo case document does not parse", e);
        }
    }

}
