package org.ablationpath.outcomes.exchange;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Checks a bundle without the FHIR instance validator (hapi-fhir-validation 8.12.1 is not on the Maven mirror here):
 * the encoded JSON parses back with HAPI's strict parser (unknown elements, bad values and invalid codes of required
 * bindings for HAPI's enums fail), every element the R4 structure definitions make mandatory (min 1) is present, at
 * any depth, and every reference points at an entry of the bundle.
 */
public final class FhirBundleCheck {

    private FhirBundleCheck() {
    }

    /** The problems found, each with its resource and element path; empty when the bundle passes. */
    public static List<String> problems(FhirContext fhir, Bundle bundle) {
        List<String> problems = new ArrayList<>();
        String encoded = fhir.newJsonParser().encodeResourceToString(bundle);
        try {
            fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Bundle.class, encoded);
        } catch (DataFormatException strict) {
            problems.add("strict parse: " + strict.getMessage());
        }
        mandatory(fhir, bundle, fhir.getResourceDefinition(bundle), "Bundle", problems);
        Set<String> fullUrls = new HashSet<>();
        bundle.getEntry().forEach(e -> fullUrls.add(e.getFullUrl()));
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                problems.add("entry " + entry.getFullUrl() + " has no resource");
                continue;
            }
            mandatory(fhir, resource, fhir.getResourceDefinition(resource), resource.fhirType(), problems);
            for (Reference reference : fhir.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                if (reference.getReference() != null && !fullUrls.contains(reference.getReference())) {
                    problems.add(resource.fhirType() + " refers to " + reference.getReference() + ", which is not in the bundle");
                }
            }
        }
        return problems;
    }

    private static void mandatory(FhirContext fhir, IBase element, BaseRuntimeElementCompositeDefinition<?> definition,
                                  String path, List<String> problems) {
        for (BaseRuntimeChildDefinition child : definition.getChildren()) {
            List<IBase> values = child.getAccessor().getValues(element);
            if (child.getMin() > 0 && values.isEmpty()) {
                problems.add(path + "." + child.getElementName() + " is required");
            }
            for (IBase value : values) {
                if (value instanceof IBaseResource) {
                    continue; // entries and contained resources are checked on their own
                }
                BaseRuntimeElementDefinition<?> valueDefinition = child.getChildElementDefinitionByDatatype(value.getClass());
                if (valueDefinition == null) {
                    valueDefinition = fhir.getElementDefinition(value.getClass());
                }
                if (valueDefinition instanceof BaseRuntimeElementCompositeDefinition<?> composite && !value.isEmpty()) {
                    mandatory(fhir, value, composite, path + "." + child.getElementName(), problems);
                }
            }
        }
    }
}
