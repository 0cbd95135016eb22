package dev.league.ignite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ignite server nodes of a league grid as separate JVMs on this host ({@link IgniteServerMain}),
 * started from this JVM's class path: for fault tests, benchmarks and a local "cluster" on a
 * laptop. Every wait is bounded; {@link #close()} stops every node (SIGTERM, then SIGKILL).
 */
public final class LocalCluster implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final Path work;
    private final Path jvmArgsFile;
    private final Path logConfig;

    /**
     * @param work where node work directories and logs go
     * @param jvmArgsFile the Java module flags Ignite needs ({@code bin/jvm17.args})
     * @param logConfig a log4j2 configuration for the nodes, or null for log4j's default
     */
    public LocalCluster(Path work, Path jvmArgsFile, Path logConfig) {
        this.work = work.toAbsolutePath();
        this.jvmArgsFile = jvmArgsFile.toAbsolutePath();
        this.logConfig = logConfig == null ? null : logConfig.toAbsolutePath();
    }

    /** Starts a server JVM and waits (at most 180 s) for its READY line. */
    public Process start(String name, int discoveryPort, int servers, boolean persistence)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-DIGNITE_UPDATE_NOTIFIER=false", "-DIGNITE_LOCAL_HOST=127.0.0.1"));
        if (logConfig != null) {
            command.add("-Dlog4j.configurationFile=" + logConfig);
        }
        command.addAll(List.of(
                "@" + jvmArgsFile,
                "-cp", System.getProperty("java.class.path"),
                IgniteServerMain.class.getName(),
                "--name", name, "--discovery-port", Integer.toString(discoveryPort),
                "--servers", Integer.toString(servers), "--work-dir", work.toString()));
        if (persistence) {
            command.add("--persistence");
        }
        Path log = work.resolve(name + ".log");
        Files.createDirectories(work);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.readString(log, StandardCharsets.UTF_8).contains("READY " + name)) {
                return process;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("server " + name + " exited with " + process.exitValue() + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server " + name + " not READY within 180 s:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** SIGKILL: the node gets no chance to leave the cluster cleanly. */
    public static void killNine(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM for every server still running, then SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        // children first get SIGTERM (Ignite's shutdown hook leaves the cluster cleanly)
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        processes.clear();
    }
}
