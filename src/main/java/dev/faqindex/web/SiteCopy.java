package dev.faqindex.web;

import dev.faqindex.config.FaqIndexConfig;
import dev.faqindex.config.Setting;
import dev.faqindex.content.parse.LinkTargets;
import java.util.List;

/**
 * What the website says about the site it serves, from the site settings: its name and logo (header, page titles),
 * the search box's placeholder, the search tips shown before a search, and where readers who found nothing can ask.
 *
 * @param name the site's name
 * @param logo the logo's address (absolute, or under {@code /content/} for a file of the content folder); empty
 *     for none
 * @param placeholder the hint in the empty search box
 * @param tips the search tips, in order
 * @param contactUrl where readers can ask; empty for no contact link
 * @param contactLabel the text of the contact link
 */
public record SiteCopy(String name, String logo, String placeholder, List<Tip> tips, String contactUrl,
        String contactLabel) {

    /** The copy of a site configured with nothing: neutral words. */
    public static final SiteCopy NEUTRAL = of(FaqIndexConfig.defaults().site());

    /**
     * A search tip.
     *
     * @param example what to type, such as {@code "exact words"}
     * @param meaning what it does
     */
    public record Tip(String example, String meaning) {
    }

    public SiteCopy {
        tips = List.copyOf(tips);
    }

    /** The copy the {@code site} settings describe. */
    public static SiteCopy of(FaqIndexConfig site) {
        List<Tip> tips = site.list(Setting.SITE_TIPS).stream().map(tip -> {
            int bar = tip.indexOf('|');
            return new Tip(tip.substring(0, bar), tip.substring(bar + 1));
        }).toList();
        String logo = site.text(Setting.SITE_LOGO).map(SiteCopy::logoAddress).orElse("");
        return new SiteCopy(site.text(Setting.SITE_NAME).orElse(""), logo,
                site.text(Setting.SITE_PLACEHOLDER).orElse(""), tips, site.text(Setting.SITE_CONTACT_URL).orElse(""),
                site.text(Setting.SITE_CONTACT_LABEL).orElse("Contact us"));
    }

    /** An absolute image address as it is; a path, as the file of the content folder it names. */
    private static String logoAddress(String logo) {
        if (logo.matches("(?i)^https?://.*")) {
            return logo;
        }
        return LinkTargets.CONTENT_ROUTE + logo.replaceFirst("^/+", "");
    }
}
