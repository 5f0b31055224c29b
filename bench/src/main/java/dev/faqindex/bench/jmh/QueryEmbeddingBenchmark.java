package dev.faqindex.bench.jmh;

import com.sun.management.OperatingSystemMXBean;
import dev.faqindex.bench.latency.LatencyQueries;
import dev.faqindex.eval.JudgedQuery;
import dev.faqindex.eval.QuerySets;
import dev.faqindex.semantic.DjlOfflineMode;
import dev.faqindex.semantic.MiniLmEmbedder;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Cost of embedding one query, as a search in semantic or default mode pays it, over every query text of the judged
 * sets (StackFAQ's questions, the seed sets, the off-topic set) and the latency query set: about 1,300 distinct
 * texts, cycled, so each measured call embeds a text the previous hundreds of calls did not. Two ways side by side
 * in one run: {@code session}, the shipped embedder (one ONNX Runtime thread per call, no spinning), and
 * {@code packaged}, the same model run with its packager's defaults (langchain4j: a thread per core, spinning), as
 * faq-index ran it before. Latency is JMH's sample time; CPU time is the process's CPU used per call during each
 * measured iteration (printed as {@code cpu per embedding}), since a call can use more than its own thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
public class QueryEmbeddingBenchmark {

    @Param("../shared")
    public String shared;

    private List<String> queries;
    private AllMiniLmL6V2QuantizedEmbeddingModel packagedModel;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;
    private long callsAtStart;
    private long calls;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        DjlOfflineMode.enable(); // before the packaged model loads its tokenizer: no metadata probe, no telemetry
        Path eval = Path.of(shared, "eval");
        Set<String> texts = new LinkedHashSet<>();
        QuerySets.readQrelsJudged(eval.resolve("stackfaq/queries.jsonl"), eval.resolve("stackfaq/qrels.tsv"))
                .forEach(query -> texts.add(query.text()));
        for (String set : List.of("seed-questions-dev.tsv", "seed-dev-queries.tsv")) {
            QuerySets.readTitleJudged(eval.resolve(set)).stream().map(JudgedQuery::text).forEach(texts::add);
        }
        Files.readAllLines(eval.resolve("off-topic-dev.tsv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(String::strip).forEach(texts::add);
        texts.addAll(LatencyQueries.read(Path.of("."), Path.of(shared)));
        queries = new ArrayList<>(texts);
        packagedModel = new AllMiniLmL6V2QuantizedEmbeddingModel();
        MiniLmEmbedder.shared().embed("warm up");
    }

    @Setup(Level.Iteration)
    public void startCounting() {
        cpuAtStart = os.getProcessCpuTime();
        callsAtStart = calls;
    }

    @TearDown(Level.Iteration)
    public void printCpu() {
        long made = calls - callsAtStart;
        if (made > 0) {
            System.out.printf("cpu per embedding: %.3f ms (%d calls)%n",
                    (os.getProcessCpuTime() - cpuAtStart) / 1e6 / made, made);
        }
    }

    /** The shipped embedder. */
    @Benchmark
    public float[] session() {
        return embedNext(MiniLmEmbedder.shared()::embed);
    }

    /** The same model with its packager's ONNX Runtime settings. */
    @Benchmark
    public float[] packaged() {
        return embedNext(text -> packagedModel.embed(text).content().vector());
    }

    private float[] embedNext(Function<String, float[]> embedder) {
        String text = queries.get(next);
        next = (next + 1) % queries.size();
        calls++;
        return embedder.apply(text);
    }
}
