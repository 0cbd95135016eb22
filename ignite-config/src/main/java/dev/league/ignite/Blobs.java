package dev.league.ignite;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * How league values are stored in Ignite: as checksummed byte arrays. Server nodes therefore
 * never need the league's classes (a plain Ignite distribution can host the grid), and every read
 * can tell a damaged value from a good one.
 */
final class Blobs {

    private Blobs() {}

    /** [CRC-32C of payload, 4 bytes big-endian][payload]. */
    static byte[] seal(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return ByteBuffer.allocate(4 + payload.length).putInt((int) crc.getValue()).put(payload).array();
    }

    /** The payload of a sealed blob, or null when the checksum does not match. */
    static byte[] open(byte[] sealed) {
        if (sealed == null || sealed.length < 4) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(sealed, 4, sealed.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(sealed).getInt()) {
            return null;
        }
        byte[] payload = new byte[sealed.length - 4];
        System.arraycopy(sealed, 4, payload, 0, payload.length);
        return payload;
    }

    static byte[] serialize(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
        return seal(bytes.toByteArray());
    }

    static <T> T deserialize(byte[] sealed, Class<T> type, String what) {
        byte[] payload = open(sealed);
        if (payload == null) {
            throw new IllegalStateException(what + " failed its checksum");
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            return type.cast(in.readObject());
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read " + what + ": " + e, e);
        }
    }
}
