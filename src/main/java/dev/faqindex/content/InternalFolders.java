package dev.faqindex.content;

import java.util.List;

/**
 * The folders of a content folder whose pages are internal unless a page says otherwise in its front matter
 * ({@code content.internal-folders}, paths relative to the content folder with {@code /} separators).
 */
public final class InternalFolders {

    /** No folder is internal by default. */
    public static final InternalFolders NONE = new InternalFolders(List.of());

    private final List<String> prefixes;

    /** @param folders folder paths relative to the content folder ({@code agents}, {@code help/internal}) */
    public InternalFolders(List<String> folders) {
        this.prefixes = folders.stream()
                .map(folder -> folder.replace('\\', '/').replaceAll("^/+|/+$", ""))
                .filter(folder -> !folder.isEmpty())
                .map(folder -> folder + "/")
                .distinct()
                .sorted()
                .toList();
    }

    /** The visibility of a page at {@code path} (relative, {@code /} separators) that declares {@code declared}. */
    public Visibility of(String path, Visibility declared) {
        if (declared != null) {
            return declared;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return Visibility.INTERNAL;
            }
        }
        return Visibility.PUBLIC;
    }

    /** The folders as one text, for the content fingerprint: changing them changes which pages are internal. */
    public String describe() {
        return String.join(",", prefixes);
    }
}
