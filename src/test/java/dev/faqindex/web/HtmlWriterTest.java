package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Text and attribute values are escaped; names cannot carry markup. */
class HtmlWriterTest {

    @Test
    void escapesTextAndAttributes() {
        String html = new HtmlWriter().element("p", "<b>&'\"", "title", "\"><script>").toString();
        assertEquals("<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;&#39;&quot;</p>", html);
    }

    @Test
    void rejectsNamesThatAreNotIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p onclick=x"));
        assertThrows(IllegalArgumentException.class, () -> new HtmlWriter().open("p", "on click", "x"));
    }

    @Test
    void bodyTextBecomesParagraphsAndLists() {
        HtmlWriter html = new HtmlWriter();
        ArticleBody.write("First <para>\nline two.\n\n- item one\n  - nested\n- item two", html);
        assertEquals("<p>First &lt;para&gt; line two.</p>\n<ul><li>item one</li><ul><li>nested</li></ul>"
                + "<li>item two</li></ul>", html.toString());
    }
}
