package org.ablationpath.eligibility.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.ablationpath.eligibility.RuleInfo;
import org.ablationpath.eligibility.RulesCatalogue;

/**
 * The rules catalogue: every compiled rule with its outcome, rationale, source, evidence level and file, a search
 * over all of them, and the rules version with the effective parameters (of the user's center; of every center for
 * administrators).
 */
@Route("rules")
@PageTitle("Rules · AblationPath")
@PermitAll
public class RulesCatalogueView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<RuleInfo> rules = new Grid<>();
    final Select<String> center = new Select<>();
    final Span rulesVersion = new Span();
    final Grid<Map.Entry<String, String>> parameters = new Grid<>();
    private final RulesCatalogue catalogue;
    private final List<RuleInfo> all;

    RulesCatalogueView(RulesCatalogue catalogue) {
        this.catalogue = catalogue;
        RulesCatalogue.View view = catalogue.view();
        this.all = view.rules();
        setMaxWidth("90rem");
        add(new H2(getTranslation("rules.title")));

        search.setLabel(getTranslation("rules.search"));
        search.setPlaceholder(getTranslation("rules.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setWidth("30rem");
        search.setId("rules-search");
        search.addValueChangeListener(change -> filter());

        rules.setId("rules-catalogue");
        rules.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        rules.setAllRowsVisible(true);
        rules.addColumn(RuleInfo::id).setHeader(getTranslation("rules.col.id")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(r -> outcome(r.outcome())).setHeader(getTranslation("rules.col.outcome")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(RuleInfo::rationale).setHeader(getTranslation("rules.col.rationale")).setFlexGrow(3);
        rules.addColumn(RuleInfo::source).setHeader(getTranslation("rules.col.source")).setFlexGrow(1);
        rules.addColumn(RuleInfo::evidence).setHeader(getTranslation("rules.col.evidence")).setAutoWidth(true).setFlexGrow(0);
        rules.addColumn(RuleInfo::file).setHeader(getTranslation("rules.col.file")).setAutoWidth(true).setFlexGrow(0);
        add(search, rules);

        add(new H3(getTranslation("rules.parameters")));
        rulesVersion.setId("rules-version");
        parameters.setId("rules-parameters");
        parameters.addThemeVariants(GridVariant.LUMO_COMPACT);
        parameters.setAllRowsVisible(true);
        parameters.setWidth("40rem");
        parameters.addColumn(Map.Entry::getKey).setHeader(getTranslation("rules.col.parameter")).setAutoWidth(true);
        parameters.addColumn(Map.Entry::getValue).setHeader(getTranslation("rules.col.value")).setAutoWidth(true);
        if (!view.centers().isEmpty()) {
            center.setLabel(getTranslation("rules.center"));
            center.setId("rules-center");
            center.setItems(view.centers().stream().map(RulesCatalogue.RuleSet::centerId).toList());
            center.addValueChangeListener(change -> showRuleSet(catalogue.ruleSet(change.getValue())));
            add(center);
        }
        add(rulesVersion, parameters);
        Paragraph reasons = new Paragraph(getTranslation("rules.overrideReasons", String.join(", ", view.overrideReasons())));
        reasons.addClassName("rule-meta");
        add(reasons);
        if (view.ruleSet().centerId() != null && !view.centers().isEmpty()) {
            center.setValue(view.ruleSet().centerId());
        } else {
            showRuleSet(view.ruleSet());
        }
        filter();
    }

    void filter() {
        String text = search.getValue();
        rules.setItems(all.stream().filter(r -> RulesCatalogue.matches(r, text)).toList());
    }

    /** The rules shown after the search, in order. */
    List<RuleInfo> shownRules() {
        return rules.getGenericDataView().getItems().toList();
    }

    private void showRuleSet(RulesCatalogue.RuleSet set) {
        String who = set.centerId() == null ? getTranslation("rules.defaults") : set.centerId();
        rulesVersion.setText(getTranslation("rules.version", who, set.rulesVersion())
                + (set.overrides().isEmpty() ? "" : " · " + getTranslation("rules.overrides", set.overrides().toString())));
        parameters.setItems(List.copyOf(set.parameters().entrySet()));
    }

    private String outcome(String outcome) {
        String label = getTranslation("status." + outcome);
        return label.startsWith("!") ? outcome : label;
    }
}
