package dev.faqindex.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links ES modules into one classic script, for a script another site loads with a plain script tag (the widget):
 * each module runs in a function of its own that returns its exports, and each import becomes a read of those
 * exports, so the widget shares the page's modules without a build step and loads as one file. A module may use
 * {@code export function|const|let|class NAME} and one-line named imports ({@code import { a, b } from './x.js';})
 * of modules bundled before it; any other import or export is refused when the bundle is made.
 */
final class ScriptBundle {

    private static final Pattern IMPORT = Pattern.compile("^import \\{([^}]*)} from '([^']+)';\\s*$");
    private static final Pattern EXPORT =
            Pattern.compile("^export (?:async )?(?:function\\*?|const|let|class) +([A-Za-z_$][\\w$]*)");
    private static final Pattern OTHER_MODULE_SYNTAX = Pattern.compile("^(?:import|export)\\b");

    /** A module's path (as in import statements, relative to the web root) and its source. */
    record Module(String path, String source) {
    }

    private ScriptBundle() {
    }

    /**
     * One script running {@code modules} in order; each may import only modules before it.
     *
     * @throws IllegalArgumentException naming the module and line of syntax it cannot bundle
     */
    static String of(List<Module> modules) {
        Map<String, String> linked = new LinkedHashMap<>();
        StringBuilder script = new StringBuilder("// Bundled at start-up from ")
                .append(String.join(", ", modules.stream().map(Module::path).toList()))
                .append(".\n(() => {\n'use strict';\n");
        for (int i = 0; i < modules.size(); i++) {
            Module module = modules.get(i);
            String name = "module" + i;
            List<String> exports = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            String[] lines = module.source().split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                String line = lines[n];
                Matcher imported = IMPORT.matcher(line);
                Matcher exported = EXPORT.matcher(line);
                if (imported.matches()) {
                    String from = URI.create(module.path()).resolve(imported.group(2)).getPath();
                    String source = linked.get(from);
                    if (source == null) {
                        throw refused(module, n, "imports " + from + ", which is not bundled before it");
                    }
                    body.append("const {").append(imported.group(1)).append("} = ").append(source).append(';');
                } else if (exported.lookingAt()) {
                    exports.add(exported.group(1));
                    body.append(line.substring("export ".length()));
                } else if (OTHER_MODULE_SYNTAX.matcher(line).lookingAt()) {
                    throw refused(module, n, "has an import or export the bundle cannot link");
                } else {
                    body.append(line);
                }
                body.append('\n');
            }
            boolean entry = i == modules.size() - 1;
            script.append("// ").append(module.path()).append('\n')
                    .append(entry ? "(() => {\n" : "const " + name + " = (() => {\n")
                    .append(body)
                    .append(entry ? "" : "return { " + String.join(", ", exports) + " };\n")
                    .append("})();\n");
            linked.put(URI.create(module.path()).getPath(), name);
        }
        return script.append("})();\n").toString();
    }

    private static IllegalArgumentException refused(Module module, int lineIndex, String what) {
        return new IllegalArgumentException(module.path() + " line " + (lineIndex + 1) + " " + what);
    }
}
