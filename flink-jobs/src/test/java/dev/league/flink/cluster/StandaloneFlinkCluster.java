package dev.league.flink.cluster;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Flink standalone session cluster — one JobManager and {@code taskManagers} TaskManager
 * JVMs — assembled from the Maven artifacts on this JVM's class path (flink-dist is not on Maven
 * Central), all on 127.0.0.1, following shared/notes/cluster-probe.md. The league's own classes
 * are kept off the cluster's class path, so a job only runs if its jar carries them.
 */
final class StandaloneFlinkCluster implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path directory;
    private final List<Process> processes = new ArrayList<>();
    private final String classPath;
    private final int restPort;
    private List<String> taskManagerParams;

    StandaloneFlinkCluster(Path directory, int taskManagers, int slotsPerTaskManager) throws Exception {
        this.directory = directory;
        this.classPath = clusterClassPath();
        this.restPort = freePort();
        Path conf = Files.createDirectories(directory.resolve("conf"));
        Files.createDirectories(directory.resolve("log"));
        Files.writeString(conf.resolve("config.yaml"), String.join("\n",
                "jobmanager:",
                "  rpc: {address: 127.0.0.1, port: " + freePort() + "}",
                "  bind-host: 127.0.0.1",
                "  memory: {process: {size: 768m}}",
                "taskmanager:",
                "  bind-host: 127.0.0.1",
                "  host: 127.0.0.1",
                "  numberOfTaskSlots: " + slotsPerTaskManager,
                "  memory: {process: {size: 1536m}}",
                "rest: {address: 127.0.0.1, bind-address: 127.0.0.1, port: " + restPort + "}",
                "blob: {server: {port: " + freePort() + "}}",
                "parallelism: {default: 1}",
                "heartbeat: {interval: 2000, timeout: 10000}",
                "cluster: {evenly-spread-out-slots: true}",
                "io: {tmp: {dirs: " + directory.resolve("io") + "}}",
                "web: {tmpdir: " + directory.resolve("web") + "}",
                ""));
        Files.writeString(conf.resolve("log4j.properties"), String.join("\n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = MainAppender",
                "appender.main.name = MainAppender",
                "appender.main.type = File",
                "appender.main.fileName = ${sys:log.file}",
                "appender.main.append = true",
                "appender.main.layout.type = PatternLayout",
                "appender.main.layout.pattern = %d{HH:mm:ss,SSS} %-5p %c - %m%n",
                ""));
        List<String> jm = resourceParams("GET_JM_RESOURCE_PARAMS");
        List<String> tm = resourceParams("GET_TM_RESOURCE_PARAMS");
        this.taskManagerParams = tm;
        processes.add(launch("jobmanager", jm.get(0), "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint",
                jm.get(1)));
        for (int i = 1; i <= taskManagers; i++) {
            processes.add(launch("taskmanager-" + i, tm.get(0), "org.apache.flink.runtime.taskexecutor.TaskManagerRunner",
                    tm.get(1)));
        }
        awaitTaskManagers(taskManagers);
    }

    /** Starts one more TaskManager JVM (e.g. a spare for a restarted job) and waits until it registered. */
    void addTaskManager() throws Exception {
        int number = processes.size();
        processes.add(launch("taskmanager-" + number, taskManagerParams.get(0),
                "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", taskManagerParams.get(1)));
        awaitTaskManagers(number);
    }

    /** SIGKILL for TaskManager {@code i} (1-based): the JobManager notices by heartbeat. */
    void killTaskManager(int i) throws InterruptedException {
        Process process = processes.get(i);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** GET a REST path of the JobManager, e.g. {@code /jobs/overview}. */
    String rest(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + restPort + path).toURL()
                .openConnection();
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(5_000);
        return new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    int restPort() {
        return restPort;
    }

    Path configDirectory() {
        return directory.resolve("conf");
    }

    String classPath() {
        return classPath;
    }

    /** A JVM command line on the cluster class path with the Java 17 flags: for the Flink CLI. */
    List<String> javaCommand(String mainClass, String logName) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "@" + ROOT.resolve("bin/jvm17.args"),
                "-Dlog.file=" + directory.resolve("log").resolve(logName + ".log"),
                "-Dlog4j.configurationFile=" + configDirectory().resolve("log4j.properties"),
                "-cp", classPath, mainClass));
        return command;
    }

    String log(String name) throws IOException {
        Path file = directory.resolve("log").resolve(name + ".log");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(no " + name + ".log)";
    }

    private Process launch(String name, String jvmFlags, String mainClass, String dynamicProperties) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(Arrays.asList(jvmFlags.trim().split("\\s+")));
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "@" + ROOT.resolve("bin/jvm17.args"),
                "-Dlog.file=" + directory.resolve("log").resolve(name + ".log"),
                "-Dlog4j.configurationFile=" + configDirectory().resolve("log4j.properties"),
                "-cp", classPath, mainClass, "--configDir", configDirectory().toString()));
        command.addAll(Arrays.asList(dynamicProperties.trim().split("\\s+")));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("log").resolve(name + ".out").toFile()).start();
    }

    /** BashJavaUtils' two result lines: JVM flags, then -D properties (what Flink's own scripts use). */
    private List<String> resourceParams(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-cp", classPath,
                "-Dlog.file=" + directory.resolve("log").resolve("bju.log"),
                "org.apache.flink.runtime.util.bash.BashJavaUtils", command, "--configDir", configDirectory().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("BashJavaUtils " + command + " failed:\n" + output);
        }
        List<String> lines = output.lines().filter(line -> line.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:"))
                .map(line -> line.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length())).toList();
        if (lines.size() < 2) {
            throw new IllegalStateException("BashJavaUtils " + command + " printed no result:\n" + output);
        }
        return lines;
    }

    private void awaitTaskManagers(int expected) throws Exception {
        long deadline = System.currentTimeMillis() + 240_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + restPort + "/overview")
                        .toURL().openConnection();
                connection.setConnectTimeout(2_000);
                connection.setReadTimeout(2_000);
                last = new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (last.matches(".*\"taskmanagers\"\\s*:\\s*" + expected + "\\b.*")) {
                    return;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("a Flink process exited early:\n" + log("jobmanager") + "\n" + log("taskmanager-1"));
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Flink cluster not ready in 240 s; last overview: " + last + "\n" + log("jobmanager"));
    }

    /** This JVM's class path without the league's own modules: Flink, its dependencies, logging. */
    private static String clusterClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("/target/") && !entry.contains("/dev/league/"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
