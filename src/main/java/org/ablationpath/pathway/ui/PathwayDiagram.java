package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.OrderedList;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ablationpath.pathway.PathwayProgress;
import org.ablationpath.platform.ui.ReadOnlyMarkup;

/**
 * The BPMN the engine runs, drawn by bpmn-js (a static webjar script, no npm build) with the patient's current
 * step highlighted: the main pathway, then the called process the case is in (e.g. its procedure episode). Below
 * them the timeline of the steps taken and the deviations.
 */
class PathwayDiagram extends Div {

    /** Served by {@code ProcessDiagramController}. */
    private static final String PROCESS_DIAGRAMS = "process-diagrams/";

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
        ReadOnlyMarkup steps = new ReadOnlyMarkup();
        progress.timeline().forEach(step -> steps.element("li", null,
                PathwayProgress.DEVIATION.equals(step.type()) ? "deviation" : null,
                when.format(step.started().atZone(ZoneId.systemDefault())) + " · " + label(step)
                        + (step.assignee() == null ? "" : " · " + step.assignee())
                        + (step.ended() == null && !PathwayProgress.DEVIATION.equals(step.type())
                        ? " · " + getTranslation("case.pathway.current") : "")));
        OrderedList timeline = steps.into(new OrderedList());
        timeline.setId("pathway-timeline");
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
        // the XML (~70 kB for the pathway) is fetched by its definition's address, which the browser keeps: a case
        // page sends only which steps to highlight
        canvas.getElement().executeJs("""
                const store = window.ablationPathBpmn = window.ablationPathBpmn || {};
                const el = this, url = $0, current = $1, src = $2;
                const xml = store[url] = store[url] || fetch(url, { credentials: 'same-origin' })
                    .then(r => { if (!r.ok) { throw new Error('diagram ' + r.status); } return r.text(); })
                    .catch(e => { delete store[url]; throw e; });
                const render = () => xml.then(text => {
                  const viewer = new BpmnJS({ container: el });
                  return viewer.importXML(text).then(() => {
                    const canvas = viewer.get('canvas');
                    canvas.zoom('fit-viewport');
                    current.forEach(id => canvas.addMarker(id, 'current-step'));
                    el.dataset.rendered = current.join(' ');
                  });
                });
                if (window.BpmnJS) { render(); return; }
                let script = document.querySelector('script[data-bpmn-viewer]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = src;
                  script.dataset.bpmnViewer = 'true';
                  document.head.appendChild(script);
                }
                script.addEventListener('load', render);
                """, address(diagram.definitionId()), current, VIEWER);
    }

    /** Relative, like the viewer script: resolved against the application's base. */
    private static String address(String definitionId) {
        return PROCESS_DIAGRAMS + URLEncoder.encode(definitionId, StandardCharsets.UTF_8);
    }
}
