package org.ablationpath.outcomes.exchange;

import java.util.List;

/**
 * One column of an export file and its line in the data dictionary: name, type (as outcomes.md section 4 writes
 * them), unit, allowed values (for enums), and the code it comes from. {@code path} locates the value in the row's
 * JSON; a {@code pseudonym} column holds an internal id, written as the registry pseudonym of that id.
 */
public record ExportColumn(String name, List<String> path, String type, String unit, List<String> allowedValues,
                           String source, boolean pseudonym) {
}
