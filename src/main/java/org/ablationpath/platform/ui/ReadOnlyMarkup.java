package org.ablationpath.platform.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * Read-only content written as markup into one element: one server-side state node where a component per term,
 * value or list item made dozens on every opening of the case page (issue 9). Every text goes through
 * {@link #text}, so nothing a user typed becomes markup.
 */
public final class ReadOnlyMarkup {

    private final StringBuilder html = new StringBuilder();

    /**
     * Opens an element; {@code id} and {@code className} may be null. {@code attributes} are further name and value
     * pairs (a null value leaves the attribute out); names are the caller's constants, values are escaped.
     */
    public ReadOnlyMarkup open(String tag, String id, String className, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        html.append('<').append(tag);
        attribute("id", id);
        attribute("class", className);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        html.append('>');
        return this;
    }

    private void attribute(String name, String value) {
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(Entities.escape(value)).append('"');
        }
    }

    /** Opens a table with one header row of these (already translated) headings, ready for its body rows. */
    public ReadOnlyMarkup openTable(List<String> headings) {
        open("table", null, null).open("thead", null, null).open("tr", null, null);
        headings.forEach(heading -> element("th", null, null, heading));
        return close("tr").close("thead").open("tbody", null, null);
    }

    /** Closes a table opened by {@link #openTable}. */
    public ReadOnlyMarkup closeTable() {
        return close("tbody").close("table");
    }

    public ReadOnlyMarkup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    public ReadOnlyMarkup text(String text) {
        html.append(text == null ? "" : Entities.escape(text));
        return this;
    }

    /** An element holding only text. */
    public ReadOnlyMarkup element(String tag, String id, String className, String text) {
        return open(tag, id, className).text(text).close(tag);
    }

    /** Replaces the component's content with this markup; the component must have no child components. */
    public <C extends Component> C into(C component) {
        component.getElement().setProperty("innerHTML", html.toString());
        return component;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
