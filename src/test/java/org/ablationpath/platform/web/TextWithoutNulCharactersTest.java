package org.ablationpath.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A NUL character in request text is a 400 naming the field (PostgreSQL could not store it: it was a 500). */
class TextWithoutNulCharactersTest {

    record Note(String title, List<Line> lines) {
    }

    record Line(String text) {
    }

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new TextWithoutNulCharacters().textWithoutNulCharactersModule());

    @Test
    void aNulCharacterIsRefusedWithTheFieldsPath() throws Exception {
        var body = json.readTree("{\"title\": \"ok\", \"lines\": [{\"text\": \"a\\u0000b\"}]}");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> StrictJson.read(json, body, Note.class, ""));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("lines[0].text");
            assertThat(problem.message()).contains("NUL");
        });
    }

    @Test
    void otherUnicodeIsKept() throws Exception {
        Note note = StrictJson.read(json, json.readTree("{\"title\": \"肝 \\u00e9 \\ud83d\\ude00\", \"lines\": []}"),
                Note.class, "");

        assertThat(note.title()).isEqualTo("肝 é 😀");
    }
}
