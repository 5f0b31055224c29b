package dev.faqindex.cli;

import java.lang.management.ManagementFactory;

/**
 * Stands in for faq-index in a jar the launcher script starts: prints the JVM options it was started with, its
 * arguments and whether the launcher's own variables leaked into its environment.
 */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("jvm " + option);
        }
        for (String arg : args) {
            System.out.println("arg " + arg);
        }
        System.out.println("env FAQ_INDEX_JAR=" + System.getenv("FAQ_INDEX_JAR"));
        System.out.println("env FAQ_INDEX_JVM_CACHE=" + System.getenv("FAQ_INDEX_JVM_CACHE"));
        System.out.println("env FIND_JDK_DIRS=" + System.getenv("FIND_JDK_DIRS"));
    }
}
