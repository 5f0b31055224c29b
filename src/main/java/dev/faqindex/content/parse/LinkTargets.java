package dev.faqindex.content.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where links and images in one content file lead once the content is served by faq-index: links to other content
 * files ({@code ../user/profile.md#delete}, a site path such as {@code /getting-started/install/}, a Hugo
 * {@code relref}) become their article pages ({@code /articles/user/profile#delete}); other files of the content
 * folder (images, downloads) are served under {@code /content/}; absolute URLs, mail links and in-page anchors stay
 * as written. A path that leaves the content folder is left as written too.
 */
public final class LinkTargets {

    /** The route under which files of the content folder are served. */
    public static final String CONTENT_ROUTE = "/content/";

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> PAGE_EXTENSIONS = Set.of("md", "markdown", "txt", "html", "htm", "json", "jsonl");

    private final Path root;
    private final String fileFolder;
    private final String pageFolder;

    /**
     * @param root the content folder, where references are looked up
     * @param filePath the file's path below the content folder ({@code guides/pans.md})
     * @param pageSlug the slug of the page it becomes ({@code guides/pans})
     */
    public LinkTargets(Path root, String filePath, String pageSlug) {
        this.root = root;
        int slash = filePath.lastIndexOf('/');
        this.fileFolder = slash < 0 ? "" : filePath.substring(0, slash + 1);
        this.pageFolder = pageSlug.equals("index") ? "" : pageSlug + "/";
    }

    /** The target of a link. */
    public String href(String destination) {
        if (destination == null || destination.isBlank()) {
            return "";
        }
        String url = destination.strip();
        if (url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        Target target = Target.of(url);
        if (target.path().isEmpty()) {
            return url;
        }
        String extension = extension(target.path());
        if (PAGE_EXTENSIONS.contains(extension)) {
            return resolve(fileFolder, target.path()).map(p -> article(Slugs.fromPath(p), target.fragment()))
                    .orElse(url);
        }
        if (!extension.isEmpty()) {
            return resolve(fileFolder, target.path()).map(p -> CONTENT_ROUTE + p + target.query() + target.fragment())
                    .orElse(url);
        }
        // A site path: "../x/" climbs from the page's own URL (/a/b/ for a/b.md, as Hugo serves it), "x" is a sibling.
        String folder = target.path().startsWith("../") ? pageFolder : fileFolder;
        return resolve(folder, target.path()).map(p -> article(Slugs.fromUrl(p), target.fragment())).orElse(url);
    }

    /** The source of an image: absolute URLs as written, paths served from the content folder. */
    public String src(String destination) {
        if (destination == null || destination.isBlank()) {
            return "";
        }
        String url = destination.strip();
        if (url.startsWith("//") || SCHEME.matcher(url).find()) {
            return url;
        }
        Target target = Target.of(url);
        return resolve(fileFolder, target.path()).map(p -> CONTENT_ROUTE + p + target.query()).orElse(url);
    }

    /**
     * The content file a reference names, as Hugo's {@code ref}/{@code relref} and Jekyll's {@code link} write it (a
     * path from the content folder's top, or from the file's folder when such a file is there, with or without its
     * extension), written as a link to that file ({@code /guides/steeping.md#anchor}) that {@link #href} turns into
     * its article page.
     */
    public String reference(String path) {
        Target target = Target.of(path.strip());
        if (target.path().isEmpty()) {
            return target.fragment();
        }
        Optional<String> nearby = target.path().startsWith("/") ? Optional.empty()
                : resolve(fileFolder, target.path()).filter(this::isContent);
        return nearby.or(() -> resolve("", target.path()))
                .map(p -> "/" + (extension(p).isEmpty() ? p + ".md" : p) + target.fragment()).orElse(path);
    }

    /** Whether the content folder holds a page at this path (with or without its extension, or as a folder). */
    private boolean isContent(String path) {
        if (root == null) {
            return false;
        }
        for (String candidate : List.of(path, path + ".md", path + "/_index.md", path + "/index.md")) {
            if (Files.isRegularFile(root.resolve(candidate))) {
                return true;
            }
        }
        return false;
    }

    private static String article(String slug, String fragment) {
        return "/articles/" + slug + fragment;
    }

    /** {@code path} resolved against {@code folder} ({@code /x} from the top), or empty if it leaves the folder. */
    private static Optional<String> resolve(String folder, String path) {
        String joined = path.startsWith("/") ? path.substring(1) : folder + path;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** A URL cut into its path, query ({@code ?...}) and fragment ({@code #...}). */
    private record Target(String path, String query, String fragment) {
        static Target of(String url) {
            int hash = url.indexOf('#');
            String fragment = hash < 0 ? "" : url.substring(hash);
            String rest = hash < 0 ? url : url.substring(0, hash);
            int question = rest.indexOf('?');
            return new Target(question < 0 ? rest : rest.substring(0, question),
                    question < 0 ? "" : rest.substring(question), fragment);
        }
    }
}
