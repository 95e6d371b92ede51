package org.ablationpath.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What users typed is shown as text, never as markup; the content is one element's inner HTML. */
class ReadOnlyMarkupTest {

    @Test
    void textAndAttributesAreEscaped() {
        String html = new ReadOnlyMarkup()
                .element("li", "x\"onclick=\"alert(1)", "deviation", "<img src=x onerror=alert(1)> & \"quoted\"")
                .toString();

        assertThat(html).isEqualTo("<li id=\"x&quot;onclick=&quot;alert(1)\" class=\"deviation\">"
                + "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;</li>");
    }

    @Test
    void furtherAttributesAreEscapedAndANullOneIsLeftOut() {
        String html = new ReadOnlyMarkup().open("span", null, "badge", "title", "a \"hint\" <b>", "lang", null)
                .text("x").close("span").toString();

        assertThat(html).isEqualTo("<span class=\"badge\" title=\"a &quot;hint&quot; &lt;b&gt;\">x</span>");
    }

    @Test
    void aTableHasItsEscapedHeadingsInAHeaderRowAndItsRowsInTheBody() {
        String html = new ReadOnlyMarkup().openTable(List.of("Date", "<b>")).open("tr", null, null)
                .element("td", null, null, "x").close("tr").closeTable().toString();

        assertThat(html).isEqualTo("<table><thead><tr><th>Date</th><th>&lt;b&gt;</th></tr></thead>"
                + "<tbody><tr><td>x</td></tr></tbody></table>");
    }

    @Test
    void missingTextIsEmptyAndTheMarkupBecomesTheComponentsContent() {
        UnorderedList list = new ReadOnlyMarkup().element("li", null, null, null).into(new UnorderedList());

        assertThat(list.getElement().getProperty("innerHTML")).isEqualTo("<li></li>");
        assertThat(list.getChildren()).isEmpty();
    }
}
