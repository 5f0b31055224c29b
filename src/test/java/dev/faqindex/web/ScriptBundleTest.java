package dev.faqindex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Linking ES modules into the one classic script the widget is served as. */
class ScriptBundleTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = ScriptBundleTest.class.getResourceAsStream("/web/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importsReadTheExportsOfTheModuleBundledBefore() {
        String script = ScriptBundle.of(List.of(
                new ScriptBundle.Module("lib/words.js", "export const greeting = 'hi';\nexport function shout(text) {\n"
                        + "  return text.toUpperCase();\n}\nconst hidden = 1;\n"),
                new ScriptBundle.Module("main.js", "import { greeting, shout } from './lib/words.js';\nshout(greeting);\n")));
        assertTrue(script.contains("const module0 = (() => {\nconst greeting = 'hi';\nfunction shout(text) {"), script);
        assertTrue(script.contains("return { greeting, shout };"), "only what is exported is returned: " + script);
        assertTrue(script.contains("const { greeting, shout } = module0;\nshout(greeting);"), script);
        assertFalse(script.contains("export") || script.contains("import"), script);
    }

    @Test
    void syntaxItCannotLinkIsRefusedNamingTheModuleAndLine() {
        IllegalArgumentException unbundled = assertThrows(IllegalArgumentException.class, () -> ScriptBundle.of(List.of(
                new ScriptBundle.Module("main.js", "// uses a module not bundled\nimport { a } from './a.js';\n"))));
        assertEquals("main.js line 2 imports a.js, which is not bundled before it", unbundled.getMessage());
        IllegalArgumentException defaultExport = assertThrows(IllegalArgumentException.class, () -> ScriptBundle.of(
                List.of(new ScriptBundle.Module("a.js", "export default 1;\n"), new ScriptBundle.Module("b.js", ""))));
        assertTrue(defaultExport.getMessage().startsWith("a.js line 1"), defaultExport.getMessage());
    }

    @Test
    void theWidgetRunsThePagesSnippetSanitiser() throws IOException {
        String snippets = resource("assets/snippets.js");
        String sanitiser = snippets.substring(snippets.indexOf("export function isSafeSnippet"),
                snippets.indexOf("\n}\n", snippets.indexOf("export function isSafeSnippet")) + 3)
                .substring("export ".length());
        String widget = ScriptBundle.of(StaticAssets.WIDGET_MODULES.stream()
                .map(path -> {
                    try {
                        return new ScriptBundle.Module(path, resource(path));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList());
        assertTrue(widget.contains(sanitiser), "the widget bundles isSafeSnippet, balanced-<mark> check included");
        assertTrue(widget.contains("const { snippetFragment } = module0;"), widget);
    }
}
