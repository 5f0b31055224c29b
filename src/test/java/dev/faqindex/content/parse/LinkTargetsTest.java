package dev.faqindex.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where links and images of one content file lead once faq-index serves the content. */
class LinkTargetsTest {

    private final LinkTargets links = new LinkTargets(null, "guides/kettles/descaling.md", "guides/kettles/descaling");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # how | as written                     | where it leads                                | why
            href  | filters.md#rinse               | /articles/guides/kettles/filters#rinse        |
            href  | ../_index.md                   | /articles/guides                              |
            href  | /user/Profile.md               | /articles/user/profile                        |
            href  | /getting-started/install/#mac  | /articles/getting-started/install#mac         |
            href  | ../cleaning/                   | /articles/guides/kettles/cleaning             | a site path climbs from the page
            href  | cleaning                       | /articles/guides/kettles/cleaning             | a bare name is a sibling
            """)
    void linksToContentFilesBecomeArticlePagesWithTheirAnchors(String how, String written, String target, String why) {
        assertEquals(target, leadsTo(how, written), why);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            # how | as written                     | where it leads                                | why
            src   | scale.png                      | /content/guides/kettles/scale.png             |
            src   | /images/kettle.jpg             | /content/images/kettle.jpg                    |
            href  | manual.pdf?v=2                 | /content/guides/kettles/manual.pdf?v=2        |
            src   | https://example.org/a.png      | https://example.org/a.png                     |
            href  | #steps                         | #steps                                        |
            href  | mailto:help@example.org        | mailto:help@example.org                       |
            href  | javascript:alert(1)            | javascript:alert(1)                           | refused later, by the page
            href  | ../../../outside.md            | ../../../outside.md                           | a path out of the folder stays
            """)
    void otherFilesAreServedFromTheContentFolderAndTheRestStaysAsWritten(String how, String written, String target,
            String why) {
        assertEquals(target, leadsTo(how, written), why);
    }

    private String leadsTo(String how, String written) {
        return how.equals("src") ? links.src(written) : links.href(written);
    }

    @Test
    void referencesNameContentFilesFromTheTopOrNearby() {
        assertEquals("/entities/status.md#fields", links.reference("entities/status#fields"));
        assertEquals("/guides/kettles/filters.md", links.reference("/guides/kettles/filters.md"));
        assertEquals("/articles/entities/status#fields", links.href(links.reference("entities/status#fields")));
    }
}
