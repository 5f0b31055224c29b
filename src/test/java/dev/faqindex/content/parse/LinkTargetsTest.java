package dev.faqindex.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where links and images of one content file lead once faq-index serves the content. */
class LinkTargetsTest {

    private final LinkTargets links = new LinkTargets(null, "guides/kettles/descaling.md", "guides/kettles/descaling");

    @Test
    void linksToContentFilesBecomeArticlePagesWithTheirAnchors() {
        assertEquals("/articles/guides/kettles/filters#rinse", links.href("filters.md#rinse"));
        assertEquals("/articles/guides", links.href("../_index.md"));
        assertEquals("/articles/user/profile", links.href("/user/Profile.md"));
        assertEquals("/articles/getting-started/install#mac", links.href("/getting-started/install/#mac"));
        assertEquals("/articles/guides/kettles/cleaning", links.href("../cleaning/"), "a site path climbs from the page");
        assertEquals("/articles/guides/kettles/cleaning", links.href("cleaning"), "a bare name is a sibling");
    }

    @Test
    void otherFilesAreServedFromTheContentFolderAndTheRestStaysAsWritten() {
        assertEquals("/content/guides/kettles/scale.png", links.src("scale.png"));
        assertEquals("/content/images/kettle.jpg", links.src("/images/kettle.jpg"));
        assertEquals("/content/guides/kettles/manual.pdf?v=2", links.href("manual.pdf?v=2"));
        assertEquals("https://example.org/a.png", links.src("https://example.org/a.png"));
        assertEquals("#steps", links.href("#steps"));
        assertEquals("mailto:help@example.org", links.href("mailto:help@example.org"));
        assertEquals("javascript:alert(1)", links.href("javascript:alert(1)"), "refused later, by the page");
        assertEquals("../../../outside.md", links.href("../../../outside.md"), "a path out of the folder stays");
    }

    @Test
    void referencesNameContentFilesFromTheTopOrNearby() {
        assertEquals("/entities/status.md#fields", links.reference("entities/status#fields"));
        assertEquals("/guides/kettles/filters.md", links.reference("/guides/kettles/filters.md"));
        assertEquals("/articles/entities/status#fields", links.href(links.reference("entities/status#fields")));
    }
}
