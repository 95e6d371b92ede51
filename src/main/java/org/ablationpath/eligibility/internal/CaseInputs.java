package org.ablationpath.eligibility.internal;

import org.kie.api.definition.type.ClassReactive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every input of one case document as the validation rules read it: which paths carry a value, the enum values, the
 * numbers (canonical units) and the dates. One fact per case instead of one per input: inserting and propagating
 * about a hundred small facts was most of an evaluation's cost, and the rules read these through {@code from}.
 * Class-reactive because rules test it with methods; it is never modified once inserted.
 */
@ClassReactive
public final class CaseInputs {

    private final Set<String> present = new HashSet<>();
    private final List<EnumField> enums = new ArrayList<>();
    private final List<NumberField> numbers = new ArrayList<>();
    private final Map<String, DateField> dates = new LinkedHashMap<>();

    void present(String path) {
        present.add(path);
    }

    void add(EnumField field) {
        enums.add(field);
    }

    void add(NumberField field) {
        numbers.add(field);
    }

    void add(DateField field) {
        dates.put(field.getPath(), field);
    }

    /** The given paths that carry no value, in the given order (VAL-01). */
    public List<String> missing(String... paths) {
        List<String> out = new ArrayList<>(0);
        for (String path : paths) {
            if (!present.contains(path)) {
                out.add(path);
            }
        }
        return out;
    }

    public List<EnumField> getEnums() {
        return Collections.unmodifiableList(enums);
    }

    /** Numbers after unit normalisation, including the computed age ({@code ageYears}). */
    public List<NumberField> getNumbers() {
        return Collections.unmodifiableList(numbers);
    }

    /** Every date input, valid or not. */
    public Collection<DateField> getDates() {
        return Collections.unmodifiableCollection(dates.values());
    }

    public boolean hasDate(String path) {
        return dates.containsKey(path);
    }

    /** True when some date input is not a calendar date (VAL-05 then reports each). */
    public boolean isAnyDateInvalid() {
        for (DateField d : dates.values()) {
            if (!d.isValid()) {
                return true;
            }
        }
        return false;
    }

    /** True when both dates are given and valid (an absent or invalid date is judged by other rules). */
    public boolean areValid(String first, String second) {
        DateField a = dates.get(first);
        DateField b = dates.get(second);
        return a != null && a.isValid() && b != null && b.isValid();
    }

    /** True when both dates are valid and {@code first} is strictly before {@code second}. */
    public boolean isBefore(String first, String second) {
        return areValid(first, second) && dates.get(first).getEpochDay() < dates.get(second).getEpochDay();
    }

    /** Days since 1970-01-01 of a valid date; null when the date is absent or not a calendar date. */
    public Long dayOf(String path) {
        DateField d = dates.get(path);
        return d == null || !d.isValid() ? null : d.getEpochDay();
    }

    /** The date as written, for messages; null when absent. */
    public String raw(String path) {
        DateField d = dates.get(path);
        return d == null ? null : d.getRaw();
    }

    @Override
    public String toString() {
        return "inputs " + present.size() + " present";
    }
}
