package dev.faqindex.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder on a disk a test can make fail and recover, the way disks fail for an operator. As root (where file
 * permissions stop no write) it is a small tmpfs of its own: {@link #fail()} fills it to the last byte, as a full disk
 * is, and {@link #recover()} frees the space. Otherwise it is a plain folder made read-only and writable again. A test
 * that cannot have either (root without the right to mount) is skipped, saying why.
 */
public final class FaultyDisk implements AutoCloseable {

    private final Path folder;
    private final boolean tmpfs;
    private final Path filler;

    private FaultyDisk(Path folder, boolean tmpfs) {
        this.folder = folder;
        this.tmpfs = tmpfs;
        this.filler = folder.resolve(".filler");
    }

    /** A disk of {@code bytes} (as root; otherwise any size) at {@code folder}, made when missing. */
    public static FaultyDisk at(Path folder, long bytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!root()) {
            return new FaultyDisk(folder, false);
        }
        run("mount", "-t", "tmpfs", "-o", "size=" + bytes + ",mode=755", "tmpfs", folder.toString());
        return new FaultyDisk(folder, true);
    }

    /** Whether the disk is a tmpfs whose size can change (as root); a read-only folder otherwise. */
    public boolean resizable() {
        return tmpfs;
    }

    public Path folder() {
        return folder;
    }

    /** Makes every write to the disk fail: full, or read-only. */
    public void fail() throws IOException {
        if (!tmpfs) {
            setWritable(false);
            return;
        }
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left on device: what we wanted
        }
    }

    /** Makes the disk take writes again. */
    public void recover() throws IOException {
        if (tmpfs) {
            Files.deleteIfExists(filler);
        } else {
            setWritable(true);
        }
    }

    /** Gives the tmpfs a new size (as root only). */
    public void resize(long bytes) throws IOException, InterruptedException {
        if (!tmpfs) {
            throw new IllegalStateException("only a tmpfs changes size");
        }
        run("mount", "-o", "remount,size=" + bytes, folder.toString());
    }

    private void setWritable(boolean writable) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                if (Files.isDirectory(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(writable ? "rwx------"
                            : "r-x------"));
                }
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        recover();
        if (tmpfs) {
            run("umount", "-l", folder.toString());
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        boolean done = process.waitFor(30, TimeUnit.SECONDS);
        Assumptions.assumeTrue(done && process.exitValue() == 0, "a full disk is played by a tmpfs, which needs the"
                + " right to mount (" + String.join(" ", command) + ": " + output.strip() + ")");
    }
}
