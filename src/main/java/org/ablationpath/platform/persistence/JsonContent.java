package org.ablationpath.platform.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;

/**
 * Whether two JSON values say the same thing, numbers compared by value (a document read back from the database may
 * hold 1.1 as a double where the freshly normalised one holds a decimal): so an unchanged value is not written again
 * and does not make an empty audit revision.
 */
public final class JsonContent {

    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private JsonContent() {
    }

    public static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(NUMBERS_BY_VALUE, b);
    }
}
