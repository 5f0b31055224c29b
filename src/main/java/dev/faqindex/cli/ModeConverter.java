package dev.faqindex.cli;

import dev.faqindex.search.SearchMode;
import picocli.CommandLine;

/** Reads {@code --mode lexical|semantic|hybrid}, rejecting anything else with the accepted values. */
final class ModeConverter implements CommandLine.ITypeConverter<SearchMode> {

    @Override
    public SearchMode convert(String value) {
        try {
            return SearchMode.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
