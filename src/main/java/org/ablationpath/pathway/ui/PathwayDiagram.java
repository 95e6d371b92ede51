package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ablationpath.pathway.PathwayProgress;

/**
 * The BPMN the engine runs, drawn by bpmn-js (a static webjar script, no npm build) with the patient's current
 * step highlighted: the main pathway, then the called process the case is in (e.g. its procedure episode). Below
 * them the timeline of the steps taken and the deviations.
 */
class PathwayDiagram extends Div {

    private static final String HELD_DIAGRAMS = PathwayDiagram.class.getName() + ".held";

    private static final String VIEWER = "webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js";

    PathwayDiagram(PathwayProgress progress) {
        setId("pathway");
        add(new H3(getTranslation("case.pathway")));
        boolean first = true;
        for (PathwayProgress.Diagram diagram : progress.diagrams()) {
            Div canvas = new Div();
            canvas.setId(first ? "pathway-diagram" : "pathway-diagram-" + diagram.processKey());
            canvas.addClassName("pathway-diagram");
            if (!first) {
                add(new H4(diagram.processName()));
            }
            add(canvas);
            draw(canvas, diagram);
            first = false;
        }

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        OrderedList timeline = new OrderedList();
        timeline.setId("pathway-timeline");
        progress.timeline().forEach(step -> {
            ListItem item = new ListItem(when.format(step.started().atZone(ZoneId.systemDefault())) + " · " + label(step)
                    + (step.assignee() == null ? "" : " · " + step.assignee())
                    + (step.ended() == null && !PathwayProgress.DEVIATION.equals(step.type())
                    ? " · " + getTranslation("case.pathway.current") : ""));
            if (PathwayProgress.DEVIATION.equals(step.type())) {
                item.addClassName("deviation");
            }
            timeline.add(item);
        });
        add(new H3(getTranslation("case.timeline")), timeline);
    }

    private String label(PathwayProgress.Step step) {
        return PathwayProgress.DEVIATION.equals(step.type())
                ? getTranslation("deviation.title") + ": " + getTranslation("deviation.code." + step.name())
                : step.name();
    }

    private static void draw(Div canvas, PathwayProgress.Diagram diagram) {
        JsonArray current = Json.createArray();
        diagram.currentActivityIds().forEach(id -> current.set(current.length(), id));
        String key = contentKey(diagram.bpmnXml());
        // the pathway's XML is ~70 kB: sent until the browser page (a Vaadin UI) confirms it holds a copy, then drawn
        // from that copy
        Set<String> held = heldByThisPage();
        boolean send = !held.contains(key);
        var drawn = canvas.getElement().executeJs("""
                const store = window.ablationPathBpmn = window.ablationPathBpmn || {};
                if ($0) { store[$3] = $0; }
                const el = this, xml = store[$3], current = $1, src = $2;
                const render = () => {
                  const viewer = new BpmnJS({ container: el });
                  viewer.importXML(xml).then(() => {
                    const canvas = viewer.get('canvas');
                    canvas.zoom('fit-viewport');
                    current.forEach(id => canvas.addMarker(id, 'current-step'));
                    el.dataset.rendered = current.join(' ');
                  });
                };
                if (window.BpmnJS) { render(); return; }
                let script = document.querySelector('script[data-bpmn-viewer]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = src;
                  script.dataset.bpmnViewer = 'true';
                  document.head.appendChild(script);
                }
                script.addEventListener('load', render);
                """, send ? diagram.bpmnXml() : "", current, VIEWER, key);
        if (send) {
            drawn.then(stored -> held.add(key));
        }
    }

    /** Keys of the diagrams this UI's browser page holds (it ran the script that stored them). */
    private static Set<String> heldByThisPage() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ConcurrentHashMap.newKeySet();
        }
        @SuppressWarnings("unchecked")
        Set<String> held = (Set<String>) ComponentUtil.getData(ui, HELD_DIAGRAMS);
        if (held == null) {
            held = ConcurrentHashMap.newKeySet();
            ComponentUtil.setData(ui, HELD_DIAGRAMS, held);
        }
        return held;
    }

    /** Names a diagram by its content, so that another version of the same process is sent as a new one. */
    private static String contentKey(String xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException(required);
        }
    }
}
