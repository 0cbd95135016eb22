package dev.league.ignite;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * How to start or reach an Ignite node. Everything binds to 127.0.0.1; discovery uses a static
 * IP finder over exactly {@code [discoveryPort, discoveryPort + discoveryPortCount)}, never
 * multicast, so two leagues on one host never merge unless they share ports on purpose.
 *
 * @param instanceName Ignite instance name; clients of this grid are named {@code <name>-client-<pid>}
 * @param discoveryPort first discovery port (not Ignite's 47500 default)
 * @param discoveryPortCount how many discovery ports the cluster's servers use (= max servers)
 * @param communicationPort first communication port; each node takes the next free one of 20
 * @param workDirectory Ignite work directory (in the run directory)
 * @param dataRegionMaxMiB off-heap data region cap per node, in MiB
 * @param backups backup copies of every cache entry (1 = survives the loss of one node)
 * @param persistence Ignite native persistence (WAL + page store under the work directory): the
 *     grid survives a full restart; the cluster must be activated once on first start
 */
public record IgniteNodeSpec(
        String instanceName,
        int discoveryPort,
        int discoveryPortCount,
        int communicationPort,
        String workDirectory,
        int dataRegionMaxMiB,
        int backups,
        boolean persistence) implements Serializable {

    /** First discovery port of the embedded default (Ignite's own default is 47500). */
    public static final int DEFAULT_DISCOVERY_PORT = 48500;
    /** First communication port of the embedded default (Ignite's own default is 47100). */
    public static final int DEFAULT_COMMUNICATION_PORT = 48600;

    public IgniteNodeSpec {
        check(instanceName != null && instanceName.matches("[A-Za-z0-9_.-]+"),
                "ignite.instanceName must match [A-Za-z0-9_.-]+, was '" + instanceName + "'");
        check(discoveryPort > 1024 && discoveryPort < 65000, "ignite.discoveryPort must be in 1025..64999, was " + discoveryPort);
        check(discoveryPortCount >= 1 && discoveryPortCount <= 32,
                "ignite.discoveryPortCount must be in 1..32, was " + discoveryPortCount);
        check(communicationPort > 1024 && communicationPort < 65000,
                "ignite.communicationPort must be in 1025..64999, was " + communicationPort);
        check(workDirectory != null && !workDirectory.isBlank(), "ignite.workDirectory is required");
        check(dataRegionMaxMiB >= 64, "ignite.dataRegionMaxMiB must be >= 64, was " + dataRegionMaxMiB);
        check(backups >= 0 && backups <= 3, "ignite.backups must be in 0..3, was " + backups);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * A single-node grid for an embedded run: the first free discovery/communication ports at or
     * after the project defaults (so concurrent runs on one host stay apart), 512 MiB, backups 1.
     */
    public static IgniteNodeSpec embedded(String instanceName, Path workDirectory) {
        return embedded(instanceName, workDirectory, DEFAULT_DISCOVERY_PORT);
    }

    /** As {@link #embedded(String, Path)}, searching for free ports from {@code portFrom}. */
    public static IgniteNodeSpec embedded(String instanceName, Path workDirectory, int portFrom) {
        int discovery = firstFreePort(portFrom);
        int communication = firstFreePort(Math.max(portFrom + DEFAULT_COMMUNICATION_PORT - DEFAULT_DISCOVERY_PORT, discovery + 1));
        return new IgniteNodeSpec(instanceName, discovery, 1, communication,
                workDirectory.toAbsolutePath().toString(), 512, 1, false);
    }

    /** A grid of up to {@code servers} nodes on fixed ports (tests give each class its own base). */
    public static IgniteNodeSpec cluster(String instanceName, int discoveryPort, int servers, Path workDirectory) {
        return new IgniteNodeSpec(instanceName, discoveryPort, servers, discoveryPort + 50,
                workDirectory.toAbsolutePath().toString(), 256, 1, false);
    }

    /** The same grid, for another node: a different instance name and work sub-directory. */
    public IgniteNodeSpec withInstanceName(String name) {
        return new IgniteNodeSpec(name, discoveryPort, discoveryPortCount, communicationPort, workDirectory,
                dataRegionMaxMiB, backups, persistence);
    }

    /** The same grid with native persistence on or off. */
    public IgniteNodeSpec withPersistence(boolean enabled) {
        return new IgniteNodeSpec(instanceName, discoveryPort, discoveryPortCount, communicationPort, workDirectory,
                dataRegionMaxMiB, backups, enabled);
    }

    static int firstFreePort(int from) {
        for (int port = from; port < from + 400; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException inUse) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port on 127.0.0.1 in " + from + ".." + (from + 399));
    }
}
