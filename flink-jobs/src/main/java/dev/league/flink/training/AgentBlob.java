package dev.league.flink.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's stored state: the kind of agent and its sections, each a {@code NetworkCodec} blob
 * (checksummed there). Section 0 is always the acting network, so a rollout worker decodes only
 * what it plays with; learners add their critics, targets and optimizer state after it.
 *
 * <p>Layout (big-endian): magic {@code LGA1}, UTF kind, int section count, per section int length
 * and bytes.
 */
public final class AgentBlob {

    private static final int MAGIC = 0x4C474131; // "LGA1"

    private AgentBlob() {}

    public static byte[] encode(String kind, List<byte[]> sections) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeUTF(kind);
            out.writeInt(sections.size());
            for (byte[] section : sections) {
                out.writeInt(section.length);
                out.write(section);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param expectedKind the kind the caller can rebuild
     * @return the sections
     * @throws IllegalArgumentException for a foreign or truncated blob, or one of another kind
     */
    public static List<byte[]> decode(byte[] blob, String expectedKind) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            if (blob.length < 8 || in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a League agent blob (no LGA1 header)");
            }
            String kind = in.readUTF();
            if (!kind.equals(expectedKind)) {
                throw new IllegalArgumentException("the weights hold a '" + kind + "' agent, the league config builds '" + expectedKind
                        + "' agents (agent.critic / agent.policy of the run's league file)");
            }
            int count = in.readInt();
            if (count < 1 || count > 64) {
                throw new IllegalArgumentException("agent blob has " + count + " sections");
            }
            List<byte[]> sections = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                if (length < 0 || length > blob.length) {
                    throw new IllegalArgumentException("agent blob section " + i + " has length " + length);
                }
                sections.add(in.readNBytes(length));
                if (sections.get(i).length != length) {
                    throw new IllegalArgumentException("agent blob is truncated in section " + i);
                }
            }
            return sections;
        } catch (IOException e) {
            throw new IllegalArgumentException("agent blob is truncated", e);
        }
    }
}
