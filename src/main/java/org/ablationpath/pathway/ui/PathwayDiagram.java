package org.ablationpath.pathway.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ablationpath.pathway.PathwayProgress;

/**
 * The BPMN the engine runs, drawn by bpmn-js (a static webjar script, no npm build) with the patient's current
 * step highlighted, and below it the timeline of the steps taken.
 */
class PathwayDiagram extends Div {

    private static final String VIEWER = "webjars/bpmn-js/8.0.0/dist/bpmn-viewer.production.min.js";

    PathwayDiagram(PathwayProgress progress) {
        setId("pathway");
        add(new H3(getTranslation("case.pathway")));
        Div canvas = new Div();
        canvas.setId("pathway-diagram");
        canvas.addClassName("pathway-diagram");
        add(canvas);

        JsonArray current = Json.createArray();
        progress.currentActivityIds().forEach(id -> current.set(current.length(), id));
        canvas.getElement().executeJs("""
                const el = this, xml = $0, current = $1, src = $2;
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
                """, progress.bpmnXml(), current, VIEWER);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale());
        OrderedList timeline = new OrderedList();
        timeline.setId("pathway-timeline");
        progress.timeline().forEach(step -> timeline.add(new ListItem(when.format(step.started().atZone(ZoneId.systemDefault()))
                + " · " + step.name() + (step.assignee() == null ? "" : " · " + step.assignee())
                + (step.ended() == null ? " · " + getTranslation("case.pathway.current") : ""))));
        add(new H3(getTranslation("case.timeline")), timeline);
    }
}
