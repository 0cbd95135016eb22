package dev.league.flink.job;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * Operator state that is a plain Java object graph (the PBT controller, the matchmaking league,
 * rating tables) kept in Flink state as bytes: no Kryo, so immutable collections and records
 * restore exactly.
 */
final class JavaSerialization {

    private JavaSerialization() {}

    static byte[] toBytes(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static <T> T fromBytes(byte[] bytes, Class<T> type) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return type.cast(in.readObject());
        }
    }
}
