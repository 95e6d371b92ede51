package org.ablationpath.outcomes.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ablationpath.identity.Roles;
import org.ablationpath.outcomes.Cohort;
import org.ablationpath.outcomes.QualityIndicator;
import org.ablationpath.outcomes.RegistryAnalytics;
import org.ablationpath.outcomes.RegistryRecompute;
import org.ablationpath.outcomes.SurvivalCurve;
import org.ablationpath.outcomes.SurvivalEndpoint;

/**
 * The data manager's registry dashboard, across centers and pseudonymized (aggregates only): cohort filters,
 * Kaplan-Meier plots with 95 % bands and numbers at risk (chart.js, a static webjar script; PNG and SVG download),
 * quality indicators per center against their thresholds, completeness and follow-up ascertainment, board
 * concordance and override rates per rule, and the full recompute action.
 */
@Route("registry")
@PageTitle("Registry · AblationPath")
@RolesAllowed({Roles.DATA_MANAGER, Roles.ADMIN})
public class RegistryDashboardView extends VerticalLayout {

    static final String CHART_SCRIPT = "webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    final MultiSelectComboBox<String> centers = new MultiSelectComboBox<>();
    final ComboBox<String> organ = new ComboBox<>();
    final ComboBox<String> histology = new ComboBox<>();
    final ComboBox<String> modality = new ComboBox<>();
    final ComboBox<String> intent = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button apply = new Button();
    final Select<SurvivalEndpoint> endpoint = new Select<>();
    final Select<String> by = new Select<>();
    final Div chart = new Div();
    final Grid<SurvivalCurve> atRisk = new Grid<>();
    final Button downloadPng = new Button();
    final Anchor downloadSvg = new Anchor();
    final Grid<RegistryAnalytics.OutcomeSummary> outcomes = new Grid<>();
    final Grid<QualityIndicator> indicators = new Grid<>();
    final Grid<RegistryAnalytics.CenterCompleteness> completeness = new Grid<>();
    final Grid<RegistryAnalytics.CenterConcordance> concordance = new Grid<>();
    final Grid<RegistryAnalytics.RuleOverride> overrides = new Grid<>();
    final Button recompute = new Button();
    final Span summary = new Span();
    /** How many cases' recorded events the background worker has still to compute (ADR 0007). */
    final Span queued = new Span();

    private final RegistryAnalytics analytics;
    private final RegistryRecompute registryRecompute;
    List<SurvivalCurve> curves = List.of();

    RegistryDashboardView(RegistryAnalytics analytics, RegistryRecompute registryRecompute) {
        this.analytics = analytics;
        this.registryRecompute = registryRecompute;
        setMaxWidth("100rem");
        add(new H2(getTranslation("registry.title")), new Paragraph(getTranslation("registry.pseudonymized")));
        add(filters());
        add(new H3(getTranslation("registry.survival")), survivalControls(), chart, atRisk);
        add(new H3(getTranslation("registry.outcomes")), outcomes);
        add(new H3(getTranslation("registry.qi")), new Paragraph(getTranslation("registry.qi.note")), indicators);
        add(new H3(getTranslation("registry.completeness")), completeness);
        add(new H3(getTranslation("registry.concordance")), concordance, new H3(getTranslation("registry.overrides")), overrides);
        recompute.setText(getTranslation("registry.recompute"));
        recompute.setId("registry-recompute");
        recompute.addClickListener(click -> {
            RegistryRecompute.Result result = registryRecompute.recomputeAll();
            Notification.show(getTranslation("registry.recomputed", result.stored(), result.millis()));
            refresh();
        });
        queued.setId("registry-queued");
        add(new HorizontalLayout(recompute, summary, queued));
        configureGrids();
        refresh();
    }

    private FlexLayout filters() {
        Map<String, List<String>> values = analytics.filterValues();
        centers.setLabel(getTranslation("registry.filter.center"));
        centers.setItems(values.getOrDefault("center", List.of()));
        centers.setId("registry-center");
        setUp(organ, "registry.filter.organ", values.getOrDefault("organ", List.of()));
        setUp(histology, "registry.filter.histology", values.getOrDefault("histology", List.of()));
        setUp(modality, "registry.filter.modality", values.getOrDefault("modality", List.of()));
        setUp(intent, "registry.filter.intent", values.getOrDefault("intent", List.of()));
        from.setLabel(getTranslation("registry.filter.from"));
        to.setLabel(getTranslation("registry.filter.to"));
        to.addValueChangeListener(change -> validatePeriod());
        from.addValueChangeListener(change -> validatePeriod());
        apply.setText(getTranslation("registry.filter.apply"));
        apply.setId("registry-apply");
        apply.addClickListener(click -> {
            if (validatePeriod()) {
                refresh();
            }
        });
        FlexLayout layout = new FlexLayout(centers, organ, histology, modality, intent, from, to, apply);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.setAlignItems(Alignment.BASELINE);
        layout.getStyle().set("gap", "var(--lumo-space-m)");
        return layout;
    }

    private boolean validatePeriod() {
        boolean invalid = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(invalid);
        to.setErrorMessage(invalid ? getTranslation("registry.filter.toBeforeFrom") : null);
        return !invalid;
    }

    private void setUp(ComboBox<String> box, String key, List<String> items) {
        box.setLabel(getTranslation(key));
        box.setItems(items);
        box.setClearButtonVisible(true);
    }

    private HorizontalLayout survivalControls() {
        endpoint.setLabel(getTranslation("registry.endpoint"));
        endpoint.setItems(SurvivalEndpoint.values());
        endpoint.setItemLabelGenerator(e -> getTranslation("registry.endpoint." + e.name()));
        endpoint.setValue(SurvivalEndpoint.OS);
        endpoint.setId("registry-endpoint");
        by.setLabel(getTranslation("registry.by"));
        by.setItems("none", "modality", "center");
        by.setItemLabelGenerator(b -> getTranslation("registry.by." + b));
        by.setValue("none");
        by.setId("registry-by");
        endpoint.addValueChangeListener(change -> refreshSurvival());
        by.addValueChangeListener(change -> refreshSurvival());
        downloadPng.setText(getTranslation("registry.download.png"));
        downloadPng.setId("registry-png");
        downloadPng.addClickListener(click -> chart.getElement().executeJs("""
                const canvas = this.querySelector('canvas');
                if (!canvas) { return; }
                const a = document.createElement('a');
                a.href = canvas.toDataURL('image/png');
                a.download = $0;
                a.click();
                """, "kaplan-meier-" + endpoint.getValue().name().toLowerCase(Locale.ROOT) + ".png"));
        downloadSvg.setText(getTranslation("registry.download.svg"));
        downloadSvg.setId("registry-svg");
        downloadSvg.getElement().setAttribute("download", true);
        HorizontalLayout controls = new HorizontalLayout(endpoint, by, downloadPng, downloadSvg);
        controls.setAlignItems(Alignment.BASELINE);
        chart.setId("registry-km");
        chart.setWidth("100%");
        chart.setHeight("26rem");
        return controls;
    }

    Cohort cohort() {
        return new Cohort(centers.getValue(), organ.getValue(), histology.getValue(), modality.getValue(),
                intent.getValue(), from.getValue(), to.getValue());
    }

    void refresh() {
        Cohort cohort = cohort();
        outcomes.setItems(analytics.outcomes(cohort, "center"));
        indicators.setItems(analytics.qualityIndicators(cohort));
        completeness.setItems(analytics.completeness(cohort));
        RegistryAnalytics.Concordance found = analytics.concordance(cohort);
        concordance.setItems(found.centers());
        overrides.setItems(found.rules());
        long waiting = registryRecompute.queued();
        queued.setText(waiting == 0 ? getTranslation("registry.queued.none") : getTranslation("registry.queued", waiting));
        refreshSurvival();
    }

    void refreshSurvival() {
        curves = analytics.survival(endpoint.getValue(), by.getValue(), cohort());
        atRisk.setItems(curves);
        summary.setText(getTranslation("registry.summary", curves.stream().mapToInt(SurvivalCurve::subjects).sum()));
        String svg = KaplanMeierSvg.render(curves, getTranslation("registry.axis.months"),
                getTranslation("registry.endpoint." + endpoint.getValue().name()));
        downloadSvg.setHref(new StreamResource("kaplan-meier-" + endpoint.getValue().name().toLowerCase(Locale.ROOT) + ".svg",
                () -> new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        draw();
    }

    private void draw() {
        String data;
        try {
            data = JSON.writeValueAsString(curves);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        chart.getElement().executeJs("""
                const el = this, curves = JSON.parse($0), src = $1, xLabel = $2, yLabel = $3, band = $4;
                const colors = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];
                const render = () => {
                  if (el._chart) { el._chart.destroy(); }
                  let canvas = el.querySelector('canvas');
                  if (!canvas) { canvas = document.createElement('canvas'); el.appendChild(canvas); }
                  const datasets = [];
                  curves.forEach((c, i) => {
                    const color = colors[i % colors.length];
                    datasets.push({ label: c.group, data: c.points.map(p => ({ x: p.months, y: p.survival })),
                      borderColor: color, backgroundColor: color, stepped: 'after', pointRadius: 0, borderWidth: 2 });
                    datasets.push({ label: band, data: c.points.map(p => ({ x: p.months, y: p.upper })),
                      borderWidth: 0, pointRadius: 0, stepped: 'after', fill: false, band: true });
                    datasets.push({ label: band, data: c.points.map(p => ({ x: p.months, y: p.lower })),
                      borderWidth: 0, pointRadius: 0, stepped: 'after', fill: '-1', backgroundColor: color + '33', band: true });
                  });
                  el._chart = new Chart(canvas, { type: 'line', data: { datasets },
                    options: { animation: false, responsive: true, maintainAspectRatio: false,
                      scales: { x: { type: 'linear', min: 0, title: { display: true, text: xLabel } },
                                y: { min: 0, max: 1, title: { display: true, text: yLabel } } },
                      plugins: { legend: { labels: { filter: (item, data) => !data.datasets[item.datasetIndex].band } } } } });
                  el.dataset.rendered = String(curves.length);
                };
                if (window.Chart) { render(); return; }
                let script = document.querySelector('script[data-chart-js]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = src;
                  script.dataset.chartJs = 'true';
                  document.head.appendChild(script);
                }
                script.addEventListener('load', render);
                """, data, CHART_SCRIPT, getTranslation("registry.axis.months"),
                getTranslation("registry.endpoint." + endpoint.getValue().name()), getTranslation("registry.band"));
    }

    private void configureGrids() {
        atRisk.setId("registry-at-risk");
        atRisk.addThemeVariants(GridVariant.LUMO_COMPACT);
        atRisk.setAllRowsVisible(true);
        atRisk.addColumn(SurvivalCurve::group).setHeader(getTranslation("registry.atRisk")).setAutoWidth(true);
        for (int i = 0; i < 7; i++) {
            int index = i;
            atRisk.addColumn(c -> c.atRisk().get(index).subjects())
                    .setHeader(getTranslation("registry.atRisk.month", new int[] {0, 6, 12, 24, 36, 48, 60}[i]));
        }
        atRisk.addColumn(c -> c.events() + " / " + c.subjects()).setHeader(getTranslation("registry.events"));
        atRisk.addColumn(c -> c.medianMonths() == null ? getTranslation("registry.median.notReached")
                : String.format(Locale.ROOT, "%.2f", c.medianMonths())).setHeader(getTranslation("registry.median"));

        outcomes.setId("registry-outcomes");
        outcomes.addThemeVariants(GridVariant.LUMO_COMPACT);
        outcomes.setAllRowsVisible(true);
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::group).setHeader(getTranslation("registry.col.center"));
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::patients).setHeader(getTranslation("registry.col.patients"));
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::tumours).setHeader(getTranslation("registry.col.tumours"));
        outcomes.addColumn(o -> pct(o.technicalSuccessPct())).setHeader(getTranslation("registry.col.technicalSuccess"));
        outcomes.addColumn(o -> pct(o.primaryEfficacyPct())).setHeader(getTranslation("registry.col.pte"));
        outcomes.addColumn(o -> pct(o.assistedEfficacyCumulativePct())).setHeader(getTranslation("registry.col.ate"));
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::secondaryEfficacy).setHeader(getTranslation("registry.col.ste"));
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::localTumourProgression).setHeader(getTranslation("registry.col.ltp"));
        outcomes.addColumn(o -> pct(o.thirtyDayMortalityPct())).setHeader(getTranslation("registry.col.mortality30"));
        outcomes.addColumn(RegistryAnalytics.OutcomeSummary::procedureRelatedDeaths).setHeader(getTranslation("registry.col.procedureDeaths"));

        indicators.setId("registry-qi");
        indicators.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        indicators.setAllRowsVisible(true);
        indicators.addColumn(q -> q.id() + (q.scope() == null ? "" : " (" + q.scope() + ")"))
                .setHeader(getTranslation("registry.col.qi")).setAutoWidth(true);
        indicators.addColumn(q -> getTranslation("registry.qi." + q.id())).setHeader(getTranslation("registry.col.indicator"));
        indicators.addColumn(QualityIndicator::centerId).setHeader(getTranslation("registry.col.center")).setAutoWidth(true);
        indicators.addColumn(q -> "QI-13".equals(q.id()) || "QI-10".equals(q.id()) ? String.valueOf(q.numerator())
                : q.numerator() + " / " + q.denominator()).setHeader(getTranslation("registry.col.numDen"));
        indicators.addColumn(q -> "QI-13".equals(q.id()) ? "" : pct(q.rate())).setHeader(getTranslation("registry.col.rate"));
        indicators.addColumn(q -> q.lower() == null ? "" : String.format(Locale.ROOT, "%.1f–%.1f %%", q.lower(), q.upper()))
                .setHeader(getTranslation("registry.col.ci"));
        indicators.addColumn(q -> q.threshold() == null ? getTranslation("registry.noPublishedThreshold") : q.threshold())
                .setHeader(getTranslation("registry.col.threshold"));
        indicators.addComponentColumn(q -> {
            Span badge = new Span(q.alert() == null ? "—" : getTranslation(q.alert() ? "registry.alert" : "registry.ok"));
            badge.getElement().getThemeList().add(q.alert() == null ? "badge contrast" : q.alert() ? "badge error" : "badge success");
            return badge;
        }).setHeader(getTranslation("registry.col.status"));
        indicators.addColumn(q -> q.note() == null ? "" : q.note()).setHeader(getTranslation("registry.col.note"));

        completeness.setId("registry-completeness");
        completeness.addThemeVariants(GridVariant.LUMO_COMPACT);
        completeness.setAllRowsVisible(true);
        completeness.addColumn(RegistryAnalytics.CenterCompleteness::centerId).setHeader(getTranslation("registry.col.center"));
        completeness.addColumn(RegistryAnalytics.CenterCompleteness::patients).setHeader(getTranslation("registry.col.patients"));
        completeness.addColumn(RegistryAnalytics.CenterCompleteness::withMissingFields).setHeader(getTranslation("registry.col.missing"));
        completeness.addColumn(c -> c.mostOftenMissing() == null ? "" : c.mostOftenMissing()).setHeader(getTranslation("registry.col.mostOftenMissing"));
        completeness.addColumn(c -> c.visitsInWindow() + " / " + c.visitsDue()).setHeader(getTranslation("registry.col.visitsInWindow"));
        completeness.addColumn(RegistryAnalytics.CenterCompleteness::visitsMissed).setHeader(getTranslation("registry.col.overdue"));
        completeness.addColumn(c -> pct(c.ascertainedPct())).setHeader(getTranslation("registry.col.ascertained"));

        concordance.setId("registry-concordance");
        concordance.addThemeVariants(GridVariant.LUMO_COMPACT);
        concordance.setAllRowsVisible(true);
        concordance.addColumn(RegistryAnalytics.CenterConcordance::centerId).setHeader(getTranslation("registry.col.center"));
        concordance.addColumn(RegistryAnalytics.CenterConcordance::decisions).setHeader(getTranslation("registry.col.decisions"));
        concordance.addColumn(RegistryAnalytics.CenterConcordance::concordant).setHeader(getTranslation("registry.col.concordant"));
        concordance.addColumn(c -> pct(c.overridePct())).setHeader(getTranslation("registry.col.overrideRate"));

        overrides.setId("registry-overrides");
        overrides.addThemeVariants(GridVariant.LUMO_COMPACT);
        overrides.setAllRowsVisible(true);
        overrides.addColumn(RegistryAnalytics.RuleOverride::ruleId).setHeader(getTranslation("registry.col.rule"));
        overrides.addColumn(RegistryAnalytics.RuleOverride::fired).setHeader(getTranslation("registry.col.fired"));
        overrides.addColumn(RegistryAnalytics.RuleOverride::reviewed).setHeader(getTranslation("registry.col.reviewed"));
        overrides.addColumn(RegistryAnalytics.RuleOverride::overrides).setHeader(getTranslation("registry.col.overrides"));
        overrides.addColumn(r -> pct(100 * r.overrideRate())).setHeader(getTranslation("registry.col.overrideRate"));
    }

    private static String pct(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
    }
}
