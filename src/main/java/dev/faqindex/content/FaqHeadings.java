package dev.faqindex.content;

import java.util.regex.Pattern;

/** Recognises the heading that opens an article's FAQ ("FAQ", "FAQs", "Frequently asked questions"...). */
final class FaqHeadings {

    private static final Pattern FAQ = Pattern.compile("(?i)\\bfaqs?\\b|frequently\\s+asked");

    private FaqHeadings() {}

    static boolean isFaqHeading(String heading) {
        return FAQ.matcher(heading).find();
    }
}
