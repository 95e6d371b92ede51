package org.ablationpath.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The CTCAE terms offered for adverse events, read from {@code ctcae-terms.csv} (safety.md 3.2 and 3.3; the
 * official NCI spreadsheet replaces it later). A term not in the list may be reported as free text: it has no code
 * and every grade 1–5.
 */
@Component
public class CtcaeTerms {

    private static final String RESOURCE = "/org/ablationpath/safety/ctcae-terms.csv";

    private final String version;
    private final List<CtcaeTerm> terms;

    public CtcaeTerms() {
        String readVersion = null;
        List<CtcaeTerm> read = new ArrayList<>();
        try (InputStream in = CtcaeTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if ("version".equals(cells[0])) {
                    readVersion = cells[1].strip();
                    continue;
                }
                List<Integer> grades = cells[3].isBlank() ? List.of()
                        : Arrays.stream(cells[3].split(",")).map(String::strip).map(Integer::valueOf).toList();
                read.add(new CtcaeTerm(cells[0].isBlank() ? null : cells[0].strip(), cells[1].strip(), cells[2].strip(), grades));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (readVersion == null) {
            throw new IllegalStateException(RESOURCE + " names no CTCAE version");
        }
        this.version = readVersion;
        this.terms = List.copyOf(read);
    }

    /** The CTCAE version of the list and of the grade scale, e.g. {@code 6.0}. */
    public String version() {
        return version;
    }

    public List<CtcaeTerm> all() {
        return terms;
    }

    /** The listed term with this name, ignoring case and surrounding blanks. */
    public Optional<CtcaeTerm> find(String term) {
        if (term == null) {
            return Optional.empty();
        }
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        return terms.stream().filter(t -> t.term().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The grades that may be given for a term: those it defines, or 1–5 for a term not listed. */
    public List<Integer> allowedGrades(String term) {
        return find(term).map(CtcaeTerm::allowedGrades).orElse(CtcaeTerm.ALL_GRADES);
    }
}
