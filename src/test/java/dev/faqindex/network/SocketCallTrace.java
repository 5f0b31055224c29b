package dev.faqindex.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a process asks the kernel of the network, recorded by {@code strace} into a file: every {@code connect},
 * {@code bind} and addressed send of the process, its threads and the processes it starts, whoever makes them (Java
 * code, or native code such as ONNX Runtime and the tokenizer's library), whether they succeed or not; and the files
 * it opens, to show which native libraries it loaded. Filtering in the kernel ({@code --seccomp-bpf}) keeps the
 * traced JVM at nearly full speed.
 */
final class SocketCallTrace {

    static final Path STRACE = Path.of("/usr/bin/strace");

    private static final Pattern SYSCALL = Pattern.compile("^\\s*(\\d+)\\s+(\\w+)\\(");
    private static final Pattern INET = Pattern.compile(
            "sa_family=AF_INET, sin_port=htons\\((\\d+)\\), sin_addr=inet_addr\\(\"([^\"]*)\"\\)");
    private static final Pattern INET6 = Pattern.compile(
            "sa_family=AF_INET6, sin6_port=htons\\((\\d+)\\),.*?inet_pton\\(AF_INET6, \"([^\"]*)\"");

    private final List<String> lines;

    private SocketCallTrace(List<String> lines) {
        this.lines = lines;
    }

    /** {@code command} run under strace, writing its trace to {@code traceFile}. */
    static List<String> traced(Path traceFile, List<String> command) {
        List<String> traced = new ArrayList<>(List.of(STRACE.toString(), "-f", "--seccomp-bpf", "-q",
                "-e", "signal=none", "-e", "trace=connect,bind,sendto,sendmsg,sendmmsg,openat",
                "-o", traceFile.toString()));
        traced.addAll(command);
        return traced;
    }

    static SocketCallTrace read(Path traceFile) throws IOException {
        return new SocketCallTrace(Files.readAllLines(traceFile));
    }

    /** Every recorded call with an IPv4 or IPv6 address (calls on Unix sockets and netlink are local). */
    List<SocketCall> internetCalls() {
        List<SocketCall> calls = new ArrayList<>();
        for (String line : lines) {
            Matcher syscall = SYSCALL.matcher(line);
            if (!syscall.find() || syscall.group(2).equals("openat")) {
                continue;
            }
            for (Pattern family : List.of(INET, INET6)) {
                Matcher address = family.matcher(line);
                while (address.find()) {
                    calls.add(new SocketCall(Long.parseLong(syscall.group(1)), syscall.group(2), address.group(2),
                            Integer.parseInt(address.group(1))));
                }
            }
        }
        return calls;
    }

    /** The calls that reach out of the machine: the ones faq-index must never make. */
    List<SocketCall> outbound() {
        return internetCalls().stream().filter(SocketCall::outbound).toList();
    }

    /** Whether the traced processes opened a file whose path contains {@code name} (a native library, say). */
    boolean opened(String name) {
        return lines.stream().anyMatch(line -> line.contains(" openat(") && line.contains(name));
    }

    /** The first and last lines of the trace, to show what it saw when a check fails. */
    String ends() {
        List<String> shown = lines.size() <= 10 ? lines
                : List.of(String.join("\n", lines.subList(0, 5)), "...", String.join("\n", lines.subList(lines.size() - 5,
                        lines.size())));
        return lines.size() + " lines:\n" + String.join("\n", shown);
    }

    /**
     * The exit status of the process strace started (the first one in the trace), if the trace saw it end: then the
     * trace covers its whole life.
     */
    OptionalInt exitStatus() {
        Matcher first = lines.isEmpty() ? null : SYSCALL.matcher(lines.getFirst());
        if (first == null || !first.find()) {
            return OptionalInt.empty();
        }
        Pattern exit = Pattern.compile("^\\s*" + first.group(1) + "\\s+\\+\\+\\+ exited with (\\d+) \\+\\+\\+$");
        return lines.stream().map(exit::matcher).filter(Matcher::find)
                .mapToInt(matcher -> Integer.parseInt(matcher.group(1))).findFirst();
    }
}
