package org.ablationpath.eligibility.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ablationpath.eligibility.EvaluationReview;
import org.ablationpath.eligibility.EvaluationReviews;
import org.ablationpath.eligibility.FiredRule;
import org.ablationpath.eligibility.OverrideReasons;
import org.ablationpath.eligibility.OverrideStatistic;
import org.ablationpath.eligibility.StoredEvaluation;
import org.ablationpath.platform.web.FieldProblem;
import org.ablationpath.platform.web.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviews in {@code app.evaluation_review} (append-only, V4); statistics straight from the stored evaluations. */
@Service
class JdbcEvaluationReviews implements EvaluationReviews {

    private static final String COLUMNS = "id, evaluation_id, case_id, decision, reason_code, comment, rule_ids, final_status, "
            + "rules_version, reviewed_by, reviewed_at";

    private final JdbcTemplate jdbc;
    private final OverrideReasons reasons;
    private final ObjectMapper json;

    JdbcEvaluationReviews(JdbcTemplate jdbc, OverrideReasons reasons, ObjectMapper json) {
        this.jdbc = jdbc;
        this.reasons = reasons;
        this.json = json;
    }

    @Override
    @Transactional
    public EvaluationReview record(StoredEvaluation evaluation, String decision, String reasonCode, String comment,
                                   String reviewedBy) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        String code = reasonCode == null || reasonCode.isBlank() ? null : reasonCode.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!EvaluationReview.ACCEPT.equals(decision) && !EvaluationReview.OVERRIDE.equals(decision)) {
            problems.add(new FieldProblem("decision", "Choose ACCEPT or OVERRIDE."));
        }
        if (code != null && !reasons.contains(code)) {
            problems.add(new FieldProblem("reasonCode", "Unknown reason code; allowed: " + String.join(", ", reasons.codes()) + "."));
        }
        if (EvaluationReview.OVERRIDE.equals(decision)) {
            if (code == null) {
                problems.add(new FieldProblem("reasonCode", "An override needs a reason code."));
            }
            if (text == null || text.length() < EvaluationReview.MIN_OVERRIDE_COMMENT) {
                problems.add(new FieldProblem("comment", "An override needs a comment of at least "
                        + EvaluationReview.MIN_OVERRIDE_COMMENT + " characters."));
            }
        }
        if (text != null && text.length() > 4000) {
            problems.add(new FieldProblem("comment", "At most 4000 characters."));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        List<String> ruleIds = evaluation.rulesFired().stream().map(FiredRule::id).distinct().sorted().toList();
        EvaluationReview review = new EvaluationReview(UUID.randomUUID(), evaluation.id(), evaluation.caseId(), decision, code, text,
                ruleIds, evaluation.finalStatus(), evaluation.rulesVersion(), reviewedBy, Instant.now());
        jdbc.update("insert into app.evaluation_review (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)",
                review.id(), review.evaluationId(), review.caseId(), review.decision(), review.reasonCode(), review.comment(),
                write(ruleIds), review.finalStatus(), review.rulesVersion(), review.reviewedBy(), Timestamp.from(review.reviewedAt()));
        return review;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EvaluationReview> ofCase(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from app.evaluation_review where case_id = ? order by reviewed_at desc, id",
                this::review, caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverrideStatistic> overrideStatistics() {
        return jdbc.query("""
                with fired as (
                    select distinct e.id as evaluation_id, r ->> 'id' as rule_id
                    from app.rule_evaluation e
                    cross join lateral jsonb_array_elements(coalesce(e.result -> 'eligibility' -> 'rulesFired', '[]'::jsonb)) r
                ), latest_review as (
                    select distinct on (evaluation_id) evaluation_id, decision
                    from app.evaluation_review
                    order by evaluation_id, reviewed_at desc, id
                )
                select f.rule_id, count(*) as fired, count(l.evaluation_id) as reviewed,
                       count(*) filter (where l.decision = 'OVERRIDE') as overrides
                from fired f left join latest_review l on l.evaluation_id = f.evaluation_id
                where f.rule_id is not null
                group by f.rule_id
                order by f.rule_id
                """, (rs, i) -> {
            long fired = rs.getLong("fired");
            long reviewed = rs.getLong("reviewed");
            long overrides = rs.getLong("overrides");
            return new OverrideStatistic(rs.getString("rule_id"), fired, reviewed, overrides,
                    fired == 0 ? 0.0 : round((double) overrides / fired),
                    reviewed == 0 ? null : round((double) overrides / reviewed));
        });
    }

    private static double round(double rate) {
        return Math.round(rate * 10_000) / 10_000.0;
    }

    private EvaluationReview review(ResultSet rs, int row) throws SQLException {
        return new EvaluationReview(rs.getObject("id", UUID.class), rs.getObject("evaluation_id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getString("decision"), rs.getString("reason_code"), rs.getString("comment"),
                read(rs.getString("rule_ids")), rs.getString("final_status"), rs.getString("rules_version"),
                rs.getString("reviewed_by"), rs.getTimestamp("reviewed_at").toInstant());
    }

    private String write(List<String> ruleIds) {
        try {
            return json.writeValueAsString(ruleIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String ruleIds) {
        try {
            return json.readValue(ruleIds, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
