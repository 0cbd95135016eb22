package dev.league.ignite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ignite server nodes as separate JVMs on loopback, for fault tests. Always close it. */
final class IgniteServers implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final List<Process> processes = new ArrayList<>();
    private final Path work;

    IgniteServers(Path work) {
        this.work = work;
    }

    /** Starts a server JVM and waits (at most 180 s) for its READY line. */
    Process start(String name, int discoveryPort, int servers, boolean persistence) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-DIGNITE_UPDATE_NOTIFIER=false", "-DIGNITE_LOCAL_HOST=127.0.0.1",
                "-Dlog4j.configurationFile=" + ROOT.resolve("config/log4j2-test.properties"),
                "@" + ROOT.resolve("bin/jvm17.args"),
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
    static void killNine(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM for every server still running, then SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
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
