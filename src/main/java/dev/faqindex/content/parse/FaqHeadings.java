package dev.faqindex.content.parse;

import java.util.regex.Pattern;

/** Recognises the heading that opens an article's FAQ ("FAQ", "FAQs", "Frequently asked questions"...). */
public final class FaqHeadings {

    private static final Pattern FAQ = Pattern.compile("(?i)\\bfaqs?\\b|frequently\\s+asked");

    private FaqHeadings() {}

    public static boolean isFaqHeading(String heading) {
        return FAQ.matcher(heading).find();
    }
}
