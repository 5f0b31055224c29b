package dev.faqindex.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a screen reader is given: Chromium's accessibility tree of the page as it is now (CDP
 * {@code Accessibility.getFullAXTree}), shadow roots included, with the role, name and states of each node.
 */
public final class AccessibilityTree {

    /** Roles that only group other nodes and say nothing themselves; left out of {@link #outline()}. */
    private static final Set<String> SILENT = Set.of("generic", "none", "InlineTextBox", "LineBreak", "paragraph",
            "group", "Section");

    /**
     * A node of the tree.
     *
     * @param role its role, such as {@code combobox} or {@code StaticText}
     * @param name its accessible name, as a screen reader speaks it
     * @param properties its states and properties ({@code expanded}, {@code level}, {@code live}...)
     */
    public record Node(String id, String role, String name, boolean ignored, Map<String, Object> properties,
            List<String> childIds) {
    }

    private final Map<String, Node> nodes;
    private final String rootId;

    private AccessibilityTree(Map<String, Node> nodes, String rootId) {
        this.nodes = nodes;
        this.rootId = rootId;
    }

    /** The tree of the page in {@code driver}'s current tab. */
    @SuppressWarnings("unchecked")
    public static AccessibilityTree of(ChromeDriver driver) {
        Map<String, Object> answer = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map<String, Object> raw : (List<Map<String, Object>>) answer.get("nodes")) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (Map<String, Object> property : (List<Map<String, Object>>) raw.getOrDefault("properties", List.of())) {
                properties.put((String) property.get("name"), valueOf(property.get("value")));
            }
            String id = (String) raw.get("nodeId");
            nodes.put(id, new Node(id, String.valueOf(valueOf(raw.get("role"))),
                    Objects.toString(valueOf(raw.get("name")), ""), Boolean.TRUE.equals(raw.get("ignored")),
                    properties, (List<String>) raw.getOrDefault("childIds", List.of())));
        }
        return new AccessibilityTree(nodes, nodes.keySet().iterator().next());
    }

    @SuppressWarnings("unchecked")
    private static Object valueOf(Object holder) {
        return holder instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("value") : null;
    }

    /** The nodes of {@code role} that assistive technology sees (not ignored), in document order. */
    public List<Node> withRole(String role) {
        return nodes.values().stream().filter(n -> !n.ignored() && n.role().equals(role)).toList();
    }

    /** The first node of {@code role} named {@code name}, if there is one. */
    public Optional<Node> find(String role, String name) {
        return withRole(role).stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The text a screen reader reads inside {@code node}: its visible descendants' text, hidden parts left out. */
    public String spokenText(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private void collectText(Node node, StringBuilder text) {
        if ("StaticText".equals(node.role()) && !node.ignored()) {
            text.append(node.name());
            return;
        }
        for (String childId : node.childIds()) {
            Node child = nodes.get(childId);
            if (child != null) {
                collectText(child, text);
            }
        }
    }

    /**
     * The tree as a screen reader user meets it, one line per node that says something: its role, name and main
     * states, indented by depth; the text of a node with a name is not repeated below it.
     */
    public String outline() {
        List<String> lines = new ArrayList<>();
        outline(nodes.get(rootId), 0, lines);
        return String.join("\n", lines);
    }

    private void outline(Node node, int depth, List<String> lines) {
        boolean speaks = !node.ignored() && !SILENT.contains(node.role())
                && !("StaticText".equals(node.role()) && node.name().isBlank());
        int childDepth = depth;
        if (speaks) {
            StringBuilder line = new StringBuilder("  ".repeat(depth)).append(node.role());
            if (!node.name().isBlank()) {
                line.append(" \"").append(node.name()).append('"');
            }
            for (String state : List.of("level", "expanded", "selected", "focused", "live", "invalid", "checked",
                    "pressed", "autocomplete")) {
                Object value = node.properties().get(state);
                if (value != null && !"false".equals(String.valueOf(value))) {
                    line.append(' ').append(state).append('=').append(value);
                }
            }
            lines.add(line.toString());
            childDepth = depth + 1;
            boolean named = !node.name().isBlank() && !"RootWebArea".equals(node.role());
            if (named && !List.of("list", "listbox", "navigation", "main", "search", "region", "contentinfo",
                    "banner", "form", "complementary", "status").contains(node.role())) {
                return; // a link's, heading's or option's text is its name: said once
            }
        }
        for (String childId : node.childIds()) {
            Node child = nodes.get(childId);
            if (child != null) {
                outline(child, childDepth, lines);
            }
        }
    }
}
