package org.ablationpath.outcomes.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ablationpath.platform.web.FieldProblem;

/**
 * The flat CSV layout of the batch import: one case per line, each column headed by the JSON path of its field in
 * the case document ({@code patient.sex}, {@code tumors[0].maxDiameterMm}, {@code followUp.procedures[0].date}); a
 * header ending in {@code []} holds a list separated by {@code |} ({@code disease.extrahepaticSites[]}). An empty
 * cell is an absent field. Numbers and true/false are written as JSON numbers and booleans, all else as text.
 */
public final class CsvCaseLayout {

    /** The core fields of outcomes.md section 4: the columns of the template offered for download. */
    public static final List<String> TEMPLATE_COLUMNS = List.of(
            "patient.patientId", "patient.sex", "patient.birthDate", "patient.ecog", "patient.cardiacDevice",
            "patient.anticoagulation", "patient.antiplatelet", "patient.activeInfection", "patient.canCooperate",
            "patient.majorOrganFailure", "patient.fitForSurgery", "patient.cirrhosis", "patient.ascites",
            "patient.encephalopathyGrade",
            "labs.collectedDate", "labs.plateletsE9L", "labs.inr", "labs.bilirubinUmolL", "labs.albuminGL",
            "disease.extrahepaticDisease", "disease.extrahepaticSites[]", "disease.macrovascularInvasion",
            "tumors[0].tumorId", "tumors[0].organ", "tumors[0].histology", "tumors[0].diagnosisBasis",
            "tumors[0].maxDiameterMm",
            "dates.referralDate", "dates.imagingDate", "dates.mdtDate", "dates.procedureDate",
            "followUp.mdtDecision.decisionCode",
            "followUp.procedures[0].procedureId", "followUp.procedures[0].date", "followUp.procedures[0].modality",
            "followUp.procedures[0].intentType", "followUp.procedures[0].tumorIds[]",
            "followUp.procedures[0].technicalSuccess",
            "followUp.vitalStatus.status", "followUp.vitalStatus.lastContactDate", "followUp.vitalStatus.deathDate",
            "followUp.vitalStatus.causeOfDeath");

    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,3})])?");

    private CsvCaseLayout() {
    }

    /** A CSV line turned into a case document, or the problems of its header (which reject every line). */
    public record Row(int line, ObjectNode document) {
    }

    /**
     * @throws RegistryImportRejectedException naming each header that is not a path of this layout
     */
    public static List<Row> read(String text) {
        List<List<String>> records = Csv.parse(text);
        if (records.isEmpty()) {
            throw new RegistryImportRejectedException(List.of(new FieldProblem("$", "The CSV file is empty.")));
        }
        List<String> header = records.get(0);
        List<FieldProblem> problems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!validPath(header.get(c).strip())) {
                problems.add(new FieldProblem("header[" + (c + 1) + "]", "Not a field path of the case document: \""
                        + header.get(c) + "\" (e.g. patient.sex, tumors[0].organ, disease.extrahepaticSites[])."));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryImportRejectedException(problems);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            ObjectNode document = JsonNodeFactory.instance.objectNode();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                String value = cells.get(c).strip();
                if (!value.isEmpty()) {
                    put(document, header.get(c).strip(), value);
                }
            }
            rows.add(new Row(r, document));
        }
        return rows;
    }

    private static boolean validPath(String path) {
        String plain = path.endsWith("[]") ? path.substring(0, path.length() - 2) : path;
        if (plain.isEmpty()) {
            return false;
        }
        for (String segment : plain.split("\\.", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void put(ObjectNode root, String path, String value) {
        boolean list = path.endsWith("[]");
        String[] segments = (list ? path.substring(0, path.length() - 2) : path).split("\\.");
        JsonNode node = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            m.matches();
            String name = m.group(1);
            boolean last = i == segments.length - 1;
            ObjectNode parent = (ObjectNode) node;
            if (m.group(2) != null) {
                int index = Integer.parseInt(m.group(2));
                ArrayNode array = parent.has(name) && parent.get(name).isArray() ? (ArrayNode) parent.get(name) : parent.putArray(name);
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, leaf(value, list));
                }
                node = array.get(index);
            } else if (last) {
                parent.set(name, leaf(value, list));
            } else {
                node = parent.has(name) && parent.get(name).isObject() ? parent.get(name) : parent.putObject(name);
            }
        }
    }

    /**
     * Numbers and booleans become JSON numbers and booleans (measured lab values accept nothing else); a number with a
     * leading zero stays text so that an id such as 007 keeps its zeros.
     */
    private static JsonNode scalar(String value) {
        if (NUMBER.matcher(value).matches()) {
            return value.contains(".") ? JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(value))
                    : JsonNodeFactory.instance.numberNode(new java.math.BigInteger(value));
        }
        if ("true".equals(value) || "false".equals(value)) {
            return JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(value));
        }
        return JsonNodeFactory.instance.textNode(value);
    }

    private static JsonNode leaf(String value, boolean list) {
        if (!list) {
            return scalar(value);
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (String item : value.split("\\|")) {
            if (!item.isBlank()) {
                array.add(scalar(item.strip()));
            }
        }
        return array;
    }
}
