package org.ablationpath.outcomes.exchange;

import java.util.List;
import java.util.function.Function;

/**
 * One exported entity: its file name, what it holds, its columns (derived from its row type) and how to read its rows
 * of one case. {@code rows} give objects of the row type (serialized as JSON to read the columns).
 */
public record ExportEntity(String name, String description, List<ExportColumn> columns,
                           Function<RegistryExport.CaseRows, List<?>> rows) {
}
