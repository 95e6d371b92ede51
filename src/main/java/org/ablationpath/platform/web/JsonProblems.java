package org.ablationpath.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the JSON path a parse failure refers to, so a 400 says which field was unknown or of the wrong type. */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static FieldProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "Unknown field \"" + unknown.getPropertyName() + "\".");
        }
        if (cause instanceof TextWithoutNulCharacters.NulCharacterException nul) {
            return new FieldProblem(path(nul), "Must not contain the NUL character (\\u0000): it cannot be stored.");
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldProblem(path(format), "Wrong type: expected " + format.getTargetType().getSimpleName() + ".");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String target = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            return new FieldProblem(path(mismatch), "Wrong type: expected " + target + ".");
        }
        if (cause instanceof JsonMappingException mapping) {
            return new FieldProblem(path(mapping), "Invalid value.");
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return new FieldProblem("$", "Malformed JSON at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ".");
        }
        return new FieldProblem("$", "Malformed JSON or missing body.");
    }

    /** Jackson's reference path as a JSON path: {@code tumors[0].maxDiameterMm}. */
    public static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
