package org.ablationpath;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.ValueProvider;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Reads and clicks the cells of a grid column rendered by a {@link LitRenderer}, which Karibu 2.5 cannot do: a
 * property as the browser receives it, and a template function called as a click in the browser calls it. The
 * function must be bound in the template, so a renamed or unbound handler fails the test.
 */
public final class LitCells {

    private LitCells() {
    }

    public static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        Grid.Column<T> column = grid.getColumnByKey(columnKey);
        if (column == null) {
            throw new AssertionError("the grid has no column " + columnKey);
        }
        if (!(column.getRenderer() instanceof LitRenderer<T> lit)) {
            throw new AssertionError("column " + columnKey + " is not rendered by a LitRenderer but " + column.getRenderer());
        }
        return lit;
    }

    /** The value of the template property for the item, as sent to the browser. */
    public static <T> Object property(Grid<T> grid, String columnKey, T item, String property) {
        ValueProvider<T, ?> provider = renderer(grid, columnKey).getValueProviders().get(property);
        if (provider == null) {
            throw new AssertionError("column " + columnKey + " has no property " + property);
        }
        return provider.apply(item);
    }

    public static <T> String template(Grid<T> grid, String columnKey) {
        try {
            Method expression = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
            expression.setAccessible(true);
            return (String) expression.invoke(renderer(grid, columnKey));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer changed: no template expression", e);
        }
    }

    /** Calls the server handler of the template function as a click on the element bound to it does. */
    @SuppressWarnings("unchecked")
    public static <T> void call(Grid<T> grid, String columnKey, T item, String function) {
        if (!template(grid, columnKey).contains("${" + function + "}")) {
            throw new AssertionError("the template of column " + columnKey + " binds no function " + function);
        }
        Map<String, SerializableBiConsumer<T, JsonArray>> callables;
        try {
            Field field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            callables = (Map<String, SerializableBiConsumer<T, JsonArray>>) field.get(renderer(grid, columnKey));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer changed: no client callables", e);
        }
        SerializableBiConsumer<T, JsonArray> handler = callables.get(function);
        if (handler == null) {
            throw new AssertionError("column " + columnKey + " has no server function " + function);
        }
        handler.accept(item, Json.createArray());
    }
}
